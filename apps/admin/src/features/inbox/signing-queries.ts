import { graphql } from '../../gql';

/** 委托签字: the unit's delegations (who may sign for its head, and when), newest first. */
export const SigningDelegationsQuery = graphql(`
  query SigningDelegations {
    signingDelegations {
      id
      status
      validFrom
      validTo
      reason
      revokedAt
      allowedActions
      head {
        id
        displayName
      }
      delegate {
        id
        displayName
      }
    }
  }
`);

/** Colleagues a head may name as acting signer. */
export const SigningDelegateCandidatesQuery = graphql(`
  query SigningDelegateCandidates {
    signingDelegateCandidates {
      id
      displayName
      roles
    }
  }
`);

export const DelegateSigningMutation = graphql(`
  mutation DelegateSigning($delegateId: ID!, $validFrom: String!, $validTo: String!, $reason: String) {
    delegateSigning(delegateId: $delegateId, validFrom: $validFrom, validTo: $validTo, reason: $reason) {
      id
      status
      allowedActions
    }
  }
`);

export const RevokeSigningDelegationMutation = graphql(`
  mutation RevokeSigningDelegation($id: ID!) {
    revokeSigningDelegation(id: $id) {
      id
      status
      revokedAt
      allowedActions
    }
  }
`);

import { graphql } from '../../gql';

export const ItemTemplateFields = graphql(`
  fragment ItemTemplateFields on ItemTemplate {
    id
    name
    frequency
    dayOfMonth
    month
    dueWorkingDays
    startOn
    endOn
    active
    nextRunOn
    lastRunOn
    lastError
    allowedActions
    nextRuns(first: 3)
    registration {
      title
      source
      category
      isKey
      content
      requirements
      leaderName
      responsiblePerson
      target
      targetUnit
      rollupPolicy
      leadUnitId
      coUnitIds
    }
  }
`);

/** The office's templates, and whether the caller may keep them (the unit's allowedActions). */
export const ItemTemplatesQuery = graphql(`
  query ItemTemplates($unitId: ID!) {
    orgUnit(id: $unitId) {
      id
      allowedActions
    }
    itemTemplates(unitId: $unitId) {
      ...ItemTemplateFields
    }
  }
`);

export const PreviewRecurrenceQuery = graphql(`
  query PreviewRecurrence($recurrence: RecurrenceInput!) {
    previewRecurrence(recurrence: $recurrence, first: 3)
  }
`);

export const CreateItemTemplateMutation = graphql(`
  mutation CreateItemTemplate($input: ItemTemplateInput!) {
    createItemTemplate(input: $input) {
      ...ItemTemplateFields
    }
  }
`);

export const UpdateItemTemplateMutation = graphql(`
  mutation UpdateItemTemplate($id: ID!, $input: ItemTemplateInput!) {
    updateItemTemplate(id: $id, input: $input) {
      ...ItemTemplateFields
    }
  }
`);

export const SetItemTemplateActiveMutation = graphql(`
  mutation SetItemTemplateActive($id: ID!, $active: Boolean!) {
    setItemTemplateActive(id: $id, active: $active) {
      ...ItemTemplateFields
    }
  }
`);

export const DeleteItemTemplateMutation = graphql(`
  mutation DeleteItemTemplate($id: ID!) {
    deleteItemTemplate(id: $id)
  }
`);

export const RegisterItemFromTemplateMutation = graphql(`
  mutation RegisterItemFromTemplate($id: ID!) {
    registerItemFromTemplate(templateId: $id) {
      id
      regNumber
    }
  }
`);

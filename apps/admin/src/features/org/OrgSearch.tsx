import { useState } from 'react';
import { skipToken, useQuery } from '@apollo/client/react';
import { Button, Empty, Flex, Input, Spin, Typography } from 'antd';
import type { OrgSearchQuery as OrgSearchResult } from '../../gql/graphql';
import { useT } from '../../shared/i18n/locale';
import { OrgKindTag } from './OrgKindTag';
import { OrgSearchQuery } from './org-queries';

const PAGE = 20;
export type OrgSearchMatch = OrgSearchResult['orgUnits']['edges'][number]['node'];

/** Search box over the caller's subtree; picking a match hands it to the tree to reveal. */
export function OrgSearch({ onPick }: { onPick: (match: OrgSearchMatch) => void }) {
  const t = useT();
  const [term, setTerm] = useState('');
  const { data, loading } = useQuery(
    OrgSearchQuery,
    term ? { variables: { search: term, first: PAGE } } : skipToken,
  );
  const result = data?.orgUnits;

  return (
    <Flex vertical gap={8}>
      <Input.Search
        allowClear
        placeholder={t('org.searchPlaceholder')}
        aria-label={t('org.searchPlaceholder')}
        onSearch={(value) => setTerm(value.trim())}
        loading={loading}
      />
      {term && (
        <div data-testid="org-search-results" style={{ maxHeight: '30vh', overflowY: 'auto' }}>
          {loading && !result ? (
            <Spin size="small" />
          ) : !result?.edges.length ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('org.searchEmpty')} />
          ) : (
            <Flex vertical>
              <Typography.Text type="secondary">
                {t('org.searchResults', { count: result.totalCount })}
                {result.totalCount > result.edges.length && ` · ${t('org.searchMore', { shown: PAGE })}`}
              </Typography.Text>
              {result.edges.map(({ node }) => (
                <Button
                  key={node.id}
                  type="text"
                  block
                  style={{ justifyContent: 'flex-start', height: 'auto', paddingBlock: 4 }}
                  onClick={() => onPick(node)}
                >
                  <Flex gap={8} align="center" wrap style={{ textAlign: 'start' }}>
                    <span>{node.name}</span>
                    <OrgKindTag kind={node.kind} subtype={node.subtype} />
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {node.ancestors.map((a) => a.name).join(' / ')}
                    </Typography.Text>
                  </Flex>
                </Button>
              ))}
            </Flex>
          )}
        </div>
      )}
    </Flex>
  );
}

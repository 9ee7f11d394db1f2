//! AWS's query protocol on the wire: list, map and structure query parameters of an operation
//! aws2openapi marks as such are spelled out as botocore does (SimpleDB's flattened lists with
//! their members' own names, SNS's `member` and `entry` lists), and the `form` style stays
//! for everything else.

mod common;

use fixture_aws_query::types::{ReplaceableAttribute, ReplaceableItem, Tag, UpdateCondition};
use fixture_aws_query::Client;

/// The request line's target of the one request `call` sends (which has no body).
async fn target<F, Fut>(call: F) -> String
where
    F: FnOnce(Client) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    let (url, requests) = common::serve_once(200, "");
    call(Client::new(url).unwrap()).await;
    let request = requests.recv().unwrap();
    assert!(
        request.body.is_empty(),
        "a GET of the query protocol has no body"
    );
    let target = request.head.split(' ').nth(1).unwrap_or_default();
    target.to_string()
}

#[tokio::test]
async fn simpledb_items_are_flattened_lists_named_by_their_members() {
    let target = target(|client| async move {
        let items = vec![
            ReplaceableItem::new(
                "item 1".into(),
                vec![
                    ReplaceableAttribute::new("color".into(), "red".into()).with_replace(true),
                    ReplaceableAttribute::new("size".into(), "L".into()),
                ],
            ),
            ReplaceableItem::new("item2".into(), vec![]),
        ];
        client
            .sdb()
            .get_batch_put_attributes("shop", items)
            .expected(
                UpdateCondition::new()
                    .with_name("color".into())
                    .with_exists(false),
            )
            .send()
            .await
            .unwrap();
    })
    .await;
    assert_eq!(
        target,
        "/?Action=BatchPutAttributes&Version=2009-04-15&DomainName=shop\
         &Item.1.ItemName=item%201&Item.1.Attribute.1.Name=color&Item.1.Attribute.1.Value=red\
         &Item.1.Attribute.1.Replace=true&Item.1.Attribute.2.Name=size&Item.1.Attribute.2.Value=L\
         &Item.2.ItemName=item2&Item.2.Attributes=&Expected.Name=color&Expected.Exists=false"
    );
}

#[tokio::test]
async fn sns_lists_use_member_and_maps_use_entries() {
    let target = target(|client| async move {
        let mut attributes = std::collections::BTreeMap::new();
        attributes.insert("DisplayName".to_string(), "News".to_string());
        client
            .sns()
            .get_create_topic("news")
            .attributes(attributes)
            .tags(vec![Tag::new("team", "web")])
            .send()
            .await
            .unwrap();
    })
    .await;
    assert_eq!(
        target,
        "/?Action=CreateTopic&Name=news&Attributes.entry.1.key=DisplayName\
         &Attributes.entry.1.value=News&Tags.member.1.Key=team&Tags.member.1.Value=web"
    );
}

#[tokio::test]
async fn other_operations_keep_the_form_style() {
    let target = target(|client| async move {
        let items = vec!["a".to_string(), "b".to_string()];
        client.sdb().search().items(items).send().await.unwrap();
    })
    .await;
    assert_eq!(target, "/search?Items=a&Items=b");
}

//! `contract-cases`: one test per operation, each the construct of a published spec that
//! clients got wrong on the wire (see `specs/contract-cases.yaml`).

use ::contract_cases::Client;
use serde_json::json;

use crate::common::bodies::contract_cases as bodies;
use crate::common::{contract, contract_auth};
use crate::exchange::*;

const API: Api<Client> = Api::new(contract, contract_auth);

/// `/#Action=Publish`: the fragment is not sent, and the one-value `Action` and `Version`
/// parameters are sent without the caller passing them.
#[tokio::test]
async fn publish() {
    let xml = b"<PublishResponse><MessageId>m-1</MessageId></PublishResponse>";
    let answer = get("/")
        .query("Action=Publish&Version=2010-03-31&Message=hello%20world")
        .accept("text/xml")
        .answer_raw(200, "text/xml", xml)
        .ok(&API, |c| c.cases().publish("hello world"))
        .await;
    assert!(answer.contains("<MessageId>m-1</MessageId>"), "{answer}");
}

/// `/functions/{FunctionName}/concurrency#Qualifier`: the query follows the path, not the
/// fragment.
#[tokio::test]
async fn get_concurrency() {
    let concurrency = get("/functions/my-function/concurrency")
        .query("Qualifier=7")
        .accept("application/json")
        .answer(200, json!({"Allocated": 5, "Status": "READY"}))
        .ok(&API, |c| c.cases().get_concurrency("my-function", "7"))
        .await;
    assert_eq!(concurrency.allocated, Some(5));
}

/// `/rest?method=photos.search`: the constant pair is sent, before the parameters.
#[tokio::test]
async fn search_photos() {
    let tags = get("/rest")
        .query("method=photos.search&text=cats")
        .answer(200, json!({"names": ["cat"]}))
        .ok(&API, |c| c.cases().search_photos().text("cats"))
        .await;
    assert_eq!(tags.names, [Some("cat".to_owned())]);
}

/// `/numbers/search/{country}?{search}=1`: `search` is sent under its own name.
#[tokio::test]
async fn search_numbers() {
    let tags = get("/numbers/search/US")
        .query("search=88")
        .answer(200, json!({"names": ["+1288"]}))
        .ok(&API, |c| c.cases().search_numbers("US", "88"))
        .await;
    assert_eq!(tags.names, [Some("+1288".to_owned())]);
}

/// A 204 documented with a JSON schema: no body, nothing decoded.
#[tokio::test]
async fn send_heartbeat() {
    let () = bare("POST", "/executions/e-1/heartbeats")
        .answer_empty(204)
        .ok(&API, |c| c.cases().send_heartbeat("e-1"))
        .await;
}

/// A 200 documented as an empty object and answered with no body reads as `{}`.
#[tokio::test]
async fn delete_channel() {
    let empty = delete("/channels/news")
        .accept("application/json")
        .answer_empty(200)
        .ok(&API, |c| c.cases().delete_channel("news"))
        .await;
    assert!(empty.is_empty());
}

/// A `format: binary` body offered as bytes and as JSON: bytes are asked for and read.
#[tokio::test]
async fn download_file() {
    let content = [0_u8, 159, 146, 150, b'{'];
    let stream = get("/files/f-1")
        .accept("application/octet-stream")
        .answer_raw(200, "application/octet-stream", &content)
        .ok(&API, |c| c.cases().download_file("f-1"))
        .await;
    let bytes = stream.into_bytes().await.expect("the body");
    assert_eq!(bytes.as_ref(), content);
}

/// `nullable: true` on array items and map values keeps the `null`s.
#[tokio::test]
async fn list_tags() {
    let tags = get("/tags")
        .answer(
            200,
            json!({"names": [null, "x"], "counts": {"a": 1, "b": null}}),
        )
        .ok(&API, |c| c.cases().list_tags())
        .await;
    assert_eq!(tags.names, [None, Some("x".to_owned())]);
    let counts = tags.counts.expect("counts");
    assert_eq!((counts["a"], counts["b"]), (Some(1), None));
}

/// Read-only properties (through `$ref` and `allOf`) are not sent, the write-only one is;
/// the answer without the write-only one decodes.
#[tokio::test]
async fn create_account() {
    let account = post(
        "/accounts",
        json!({"name": "Ann Smith", "password": "correct horse"}),
    )
    .answer(
        201,
        json!({"id": "acc-0002", "name": "Ann Smith", "created": "2024-05-01T10:00:00Z"}),
    )
    .ok(&API, |c| c.cases().create_account(bodies::create_account()))
    .await;
    assert_eq!(account.id.as_deref(), Some("acc-0002"));
    assert_eq!(account.password, None);
    assert!(account.created.is_some());
}

/// The generated example's values, valid against the schema's constraints.
#[tokio::test]
async fn put_rule() {
    let rule = bodies::put_rule();
    let sent = json!({"arn": rule.arn, "maxAge": 60, "name": "example-",
                      "contact": "jane.doe@example.com", "tags": ["example-", "example-"]});
    let () = put(format!("/rules/{}", bodies::RULE_CODE), sent)
        .answer_empty(204)
        .ok(&API, |c| {
            c.cases().put_rule(bodies::RULE_CODE, bodies::put_rule())
        })
        .await;
}

/// The generated example's role ARN, drawn to meet `pattern: arn:.*` and `minLength: 20`.
#[tokio::test]
async fn start_job() {
    let sent = json!({"roleArn": "arn:=:~m_r,kD)en]8fMUe:M"});
    let () = post("/jobs", sent)
        .answer_empty(204)
        .ok(&API, |c| c.cases().start_job(bodies::start_job()))
        .await;
}

/// `type: array` with the `properties` of one item beside `items`: the body is an array.
#[tokio::test]
async fn create_batch() {
    let sent = json!([{"data": {"first_name": "Ann"}}]);
    let () = post("/batches", sent)
        .answer_empty(204)
        .ok(&API, |c| c.cases().create_batch(bodies::create_batch()))
        .await;
}

/// The generated example's values, drawn to meet patterns too large for `regex` to compile
/// whole: a `NextToken` of 16 characters or more, an EC2 instance id in a list, an S3 URI on
/// a list item's property.
#[tokio::test]
async fn register_application() {
    let sent = json!({"nextToken": "[a[\"(tP.@[=:~m_r,k", "instances": ["i-cgc15tW9"],
                      "sources": [{"uri": "s3://aol.1vi/@["}]});
    let () = post("/applications", sent)
        .answer_empty(204)
        .ok(&API, |c| {
            c.cases()
                .register_application(bodies::register_application())
        })
        .await;
}

/// The generated example's definition: every required property at every depth, and an empty
/// list where a category would hold itself.
#[tokio::test]
async fn put_definition() {
    let id = "5dd1e9a5-b2c8-4e8d-8a0c-2d3c9a7d1f42";
    let sent = json!({
        "properties": {"lockLevel": "CanNotDelete", "package": {"artifact": {
            "authorizations": [{"principalId": id, "roleDefinitionId": id}]}}},
        "category": {"name": "example-name", "children": []}
    });
    let () = put("/definitions/example-name", sent)
        .answer_empty(204)
        .ok(&API, |c| {
            c.cases()
                .put_definition("example-name", bodies::put_definition())
        })
        .await;
}

/// A schema with `properties` and no `type` reads any JSON value.
#[tokio::test]
async fn get_loose() {
    let loose = get("/loose")
        .answer(200, json!("not an object"))
        .ok(&API, |c| c.cases().get_loose())
        .await;
    assert_eq!(loose.note, None);
}

/// `items` without `type` reads any JSON value (Slack sends an object there), not only an
/// array.
#[tokio::test]
async fn open_conversation() {
    let opened = get("/conversations/open")
        .answer(200, json!({"ok": true, "channel": {"id": "D069C7QFK"}}))
        .ok(&API, |c| c.cases().open_conversation())
        .await;
    assert_eq!(opened.channel["id"], json!("D069C7QFK"));
    let opened = get("/conversations/open")
        .answer(200, json!({"ok": true, "channel": [{"Allocated": 1}]}))
        .ok(&API, |c| c.cases().open_conversation())
        .await;
    assert_eq!(opened.channel[0]["Allocated"], json!(1));
}

/// An `allOf` part with only `required` makes `max` required: an `i64`, not an `Option`.
#[tokio::test]
async fn get_limits() {
    let limits = get("/limits")
        .answer(200, json!({"max": 5}))
        .ok(&API, |c| c.cases().get_limits())
        .await;
    let max: i64 = limits.max;
    assert_eq!((max, limits.min), (5, None));
}

/// `type: object` with `items` is an object, as validators take it.
#[tokio::test]
async fn get_settings() {
    let settings = get("/settings")
        .answer(200, json!({"theme": "dark"}))
        .ok(&API, |c| c.cases().get_settings())
        .await;
    assert_eq!(settings["theme"], json!("dark"));
}

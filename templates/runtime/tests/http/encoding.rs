//! Parameters on the wire: query styles and names kept as written, a path parameter as one
//! percent-encoded segment, and path values that would change the path refused; the parts
//! of a multipart body.

use clientgen_runtime::runtime::{Endpoint, FilePart, Multipart, QueryStyle};
use clientgen_runtime::Error;
use reqwest::Method;
use serde_json::json;
use wiremock::ResponseTemplate;

use crate::support::*;

static LIST: Endpoint = Endpoint {
    method: Method::GET,
    path: "/organizations",
    operation_id: "listOrganizations",
    security: &[],
};

static GET_USER: Endpoint = Endpoint {
    method: Method::GET,
    path: "/trustees/{trustee_id}/users/{user_id}",
    operation_id: "getTrusteeUser",
    security: &[],
};

#[tokio::test]
async fn query_exploded_arrays_styles_and_dotted_names() {
    let server = server_answering(json_response(200, json!({})), 1).await;
    let mut request = client(&server).request(&LIST);
    request.query_param("id", &["a7b9c3d2", "b8c0d4e3"], FORM_EXPLODE);
    request.query_param("name.startsWith", "Acme", FORM_EXPLODE);
    request.query_param("name.contains", "a&b c", FORM_EXPLODE);
    request.query_param("parent.id", "null", FORM_EXPLODE);
    request.query_param("page[size]", &25, FORM_EXPLODE);
    request.query_param("tags", &["x", "y"], QueryStyle::PipeDelimited);
    request.query_param("filter", &json!({"role": "admin"}), QueryStyle::DeepObject);
    send_json(request).await.unwrap();
    assert_eq!(
        only_request(&server).await.url.query(),
        Some(
            "id=a7b9c3d2&id=b8c0d4e3&name.startsWith=Acme&name.contains=a%26b%20c\
             &parent.id=null&page[size]=25&tags=x|y&filter[role]=admin"
        )
    );
}

#[tokio::test]
async fn a_path_parameter_is_one_percent_encoded_segment() {
    let server = server_answering(json_response(200, json!({})), 1).await;
    let mut request = client(&server).request(&GET_USER);
    request.path_param("trustee_id", "org/1");
    request.path_param("user_id", "user?# 1");
    send_json(request).await.unwrap();
    assert_eq!(
        only_request(&server).await.url.path(),
        "/trustees/org%2F1/users/user%3F%23%201"
    );
}

#[tokio::test]
async fn dot_segments_in_path_parameters_are_refused_before_sending() {
    let server = server_answering(ResponseTemplate::new(200), 0).await;
    for id in ["", ".", ".."] {
        let mut request = client(&server).request(&GET_USER);
        request.path_param("trustee_id", id);
        request.path_param("user_id", "u1");
        let error = send_json(request).await.unwrap_err();
        assert!(
            matches!(error, Error::InvalidRequest(_)),
            "{id:?}: {error:?}"
        );
    }
}

static UPLOAD: Endpoint = Endpoint {
    method: Method::POST,
    path: "/files",
    operation_id: "upload",
    security: &[],
};

#[tokio::test]
async fn multipart_parts_holding_json_say_so_and_text_parts_stay_plain() {
    let server = server_answering(json_response(200, json!({})), 1).await;
    let mut form = Multipart::new();
    form.text(
        "attributes",
        &json!({"name": "Photo.png", "parent": {"id": "1"}}),
    );
    form.text("tags", &["a", "b"]);
    form.text("name", "Photo.png");
    form.text("size", &3);
    form.file(
        "file",
        &FilePart::new(b"abc".to_vec()).with_filename("a.txt"),
    );
    let mut request = client(&server).request(&UPLOAD);
    request.multipart_body(form);
    send_json(request).await.unwrap();
    let body = String::from_utf8(only_request(&server).await.body).unwrap();
    let part = |name: &str| {
        let head = format!("name=\"{name}\"");
        let at = body
            .find(&head)
            .unwrap_or_else(|| panic!("no part {name}: {body}"));
        body[at..]
            .split("\r\n--")
            .next()
            .unwrap_or_default()
            .to_owned()
    };
    let attributes = part("attributes");
    assert!(attributes.contains("\r\nContent-Type: application/json\r\n\r\n{\"name\":\"Photo.png\",\"parent\":{\"id\":\"1\"}}"), "{attributes}");
    assert!(
        part("tags").contains("Content-Type: application/json\r\n\r\n[\"a\",\"b\"]"),
        "{body}"
    );
    assert!(
        part("name").ends_with("name=\"name\"\r\n\r\nPhoto.png"),
        "{body}"
    );
    assert!(part("size").ends_with("name=\"size\"\r\n\r\n3"), "{body}");
    assert!(
        part("file").contains("Content-Type: application/octet-stream"),
        "{body}"
    );
}

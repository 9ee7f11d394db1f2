//! An operation's parameters: path-level ones merged with its own, resolved, checked against
//! the path template, and lowered with their types, query styles and docs.

use indexmap::IndexMap;
use openapiv3::{Parameter, ParameterSchemaOrContent, PathStyle, QueryStyle, ReferenceOr, Schema};

use super::{resolve_ref, Site};
use crate::ir::{ExampleValue, Param, ParamLocation, QueryStyle as Style, TypeRef};
use crate::lower::naming::{self, Namespace};
use crate::lower::schema::{child, Lowered};
use crate::lower::Cx;

/// Headers the client sets itself; a parameter for one is ignored.
const MANAGED_HEADERS: [&str; 3] = ["accept", "content-type", "authorization"];

impl Cx<'_> {
    /// The parameters of the operation at `site`, path ones in `template` order first.
    pub(super) fn params(
        &mut self,
        site: &Site<'_>,
        template: &[String],
        base: &str,
        fields: &mut Namespace,
    ) -> Vec<Param> {
        let ptr = site.ptr.as_str();
        // Operation-level parameters override path-level ones with the same name and location.
        let mut merged: IndexMap<(String, ParamLocation), (Parameter, String)> = IndexMap::new();
        let item_ptr = ptr
            .rsplit_once('/')
            .map_or(ptr, |(head, _)| head)
            .to_string();
        for (list, list_ptr) in [
            (site.path_params, child(&item_ptr, "parameters")),
            (site.op.parameters.as_slice(), child(ptr, "parameters")),
        ] {
            let mut seen = std::collections::HashSet::new();
            for (index, param) in list.iter().enumerate() {
                let param_ptr = child(&list_ptr, &index.to_string());
                let Some(param) = self.resolve_param(param, &param_ptr) else {
                    continue;
                };
                let key = (param.parameter_data_ref().name.clone(), location(&param));
                if !seen.insert(key.clone()) {
                    self.diags.warn(
                        &param_ptr,
                        format!("parameter `{}` is declared twice; the first is kept", key.0),
                    );
                    continue;
                }
                merged.insert(key, (param, param_ptr));
            }
        }
        let aws_query = crate::lower::aws_query::is_aws_query(site.path, &site.op.extensions);
        let mut out = Vec::new();
        for ((name, location), (param, param_ptr)) in merged {
            if location == ParamLocation::Path && !template.contains(&name) {
                let braced = format!("{{{name}}}");
                let in_fragment = site
                    .path
                    .split_once('#')
                    .is_some_and(|(_, fragment)| fragment.contains(&braced));
                let message = if in_fragment {
                    format!("path parameter `{name}` is only in the template's `#` suffix, a URL fragment, which is never sent; ignored")
                } else {
                    format!("path parameter `{name}` is not in the path template; ignored")
                };
                self.diags.warn(&param_ptr, message);
                continue;
            }
            if location == ParamLocation::Header
                && MANAGED_HEADERS.contains(&name.to_ascii_lowercase().as_str())
            {
                self.diags.warn(
                    &param_ptr,
                    format!("header parameter `{name}` is managed by the client; ignored"),
                );
                continue;
            }
            if let Parameter::Path {
                style: style @ (PathStyle::Label | PathStyle::Matrix),
                ..
            } = &param
            {
                let style = format!("{style:?}").to_ascii_lowercase();
                self.diags.warn(&param_ptr, format!("path parameter `{name}` has style `{style}`, which is not supported; it is sent in `simple` style"));
            }
            let mut lowered = self.param(&param, location, base, &param_ptr, fields);
            if aws_query && location == ParamLocation::Query {
                if let ParameterSchemaOrContent::Schema(schema) = &param.parameter_data_ref().format
                {
                    if let Some(shape) = self.aws_shape(schema) {
                        lowered.style = Some(Style::Aws { shape });
                    }
                }
            }
            out.push(lowered);
        }
        for name in template {
            if !out
                .iter()
                .any(|p| p.location == ParamLocation::Path && &p.wire_name == name)
            {
                self.diags.warn(
                    ptr,
                    format!("path parameter `{name}` is not declared; it is taken as a string"),
                );
                out.push(undeclared_path_param(
                    fields.claim(naming::setter_name(name)),
                    name,
                ));
            }
        }
        // Path parameters come in template order.
        out.sort_by_key(|p| match p.location {
            ParamLocation::Path => template.iter().position(|t| *t == p.wire_name).unwrap_or(0),
            _ => usize::MAX,
        });
        out
    }

    fn resolve_param(&mut self, param: &ReferenceOr<Parameter>, ptr: &str) -> Option<Parameter> {
        let resolved = resolve_ref(
            param,
            ("parameters", "parameter"),
            |c| &c.parameters,
            self.doc,
        );
        resolved
            .map_err(|problem| self.diags.warn(ptr, format!("{problem}; ignored")))
            .ok()
    }

    fn param(
        &mut self,
        param: &Parameter,
        location: ParamLocation,
        base: &str,
        ptr: &str,
        fields: &mut Namespace,
    ) -> Param {
        let data = param.parameter_data_ref();
        let hint = format!("{base}{}", naming::type_name(&data.name));
        let (lowered, schema) = match &data.format {
            ParameterSchemaOrContent::Schema(schema) => (
                self.schema(schema, &hint, &child(ptr, "schema"), 1),
                schema.as_item(),
            ),
            // The runtime encodes values by style rules only; a `content` parameter is sent as
            // the text the caller serialized (JSON, ...), untouched.
            ParameterSchemaOrContent::Content(content) => {
                let media = content.keys().next().map_or("", String::as_str);
                self.diags.warn(
                    ptr,
                    format!(
                        "parameter `{}` is `{media}` content; it is taken as the serialized text",
                        data.name
                    ),
                );
                let schema = content
                    .values()
                    .find_map(|m| m.schema.as_ref())
                    .and_then(ReferenceOr::as_item);
                let text = Lowered {
                    ty: TypeRef::STRING,
                    nullable: false,
                    base64: false,
                };
                (text, schema)
            }
        };
        let style = match param {
            Parameter::Query { style, .. } => {
                let explode = data.explode.unwrap_or(matches!(style, QueryStyle::Form));
                Some(match style {
                    QueryStyle::Form => Style::Form { explode },
                    QueryStyle::SpaceDelimited => Style::SpaceDelimited,
                    QueryStyle::PipeDelimited => Style::PipeDelimited,
                    QueryStyle::DeepObject => Style::DeepObject,
                })
            }
            _ => None,
        };
        let required = data.required || location == ParamLocation::Path;
        Param {
            name: fields.claim(naming::setter_name(&data.name)),
            wire_name: data.name.clone(),
            location,
            arg_into: lowered.ty == TypeRef::STRING,
            ty: lowered.ty,
            positional: required,
            required,
            style,
            // Some specs (Spotify's) describe a parameter in its schema only.
            doc: data
                .description
                .clone()
                .or_else(|| schema.and_then(|s| s.schema_data.description.clone()))
                .filter(|d| !d.trim().is_empty()),
            deprecated: data.deprecated.unwrap_or(false),
            default: schema
                .and_then(|s| s.schema_data.default.as_ref())
                .map(|v| v.to_string()),
            allowed: schema.map(allowed_values).unwrap_or_default(),
            spec_example: data
                .example
                .as_ref()
                .or_else(|| {
                    data.examples
                        .values()
                        .find_map(|e| e.as_item().and_then(|e| e.value.as_ref()))
                })
                .or_else(|| schema.and_then(|s| s.schema_data.example.as_ref()))
                .map(|v| v.to_string()),
            constraints: match &data.format {
                ParameterSchemaOrContent::Schema(schema) => self.constraints(schema),
                ParameterSchemaOrContent::Content(_) => Default::default(),
            },
            example: ExampleValue::Default,
        }
    }
}

/// A path parameter the template has but the operation does not declare: a string.
fn undeclared_path_param(name: String, wire_name: &str) -> Param {
    Param {
        name,
        wire_name: wire_name.to_string(),
        location: ParamLocation::Path,
        ty: TypeRef::STRING,
        arg_into: true,
        positional: true,
        required: true,
        style: None,
        doc: None,
        deprecated: false,
        default: None,
        allowed: Vec::new(),
        spec_example: None,
        constraints: Default::default(),
        example: ExampleValue::Default,
    }
}

fn location(param: &Parameter) -> ParamLocation {
    match param {
        Parameter::Path { .. } => ParamLocation::Path,
        Parameter::Query { .. } => ParamLocation::Query,
        Parameter::Header { .. } => ParamLocation::Header,
        Parameter::Cookie { .. } => ParamLocation::Cookie,
    }
}

fn allowed_values(schema: &Schema) -> Vec<String> {
    match &schema.schema_kind {
        openapiv3::SchemaKind::Type(openapiv3::Type::String(s)) => {
            s.enumeration.iter().flatten().cloned().collect()
        }
        openapiv3::SchemaKind::Type(openapiv3::Type::Integer(i)) => i
            .enumeration
            .iter()
            .flatten()
            .map(ToString::to_string)
            .collect(),
        openapiv3::SchemaKind::Type(openapiv3::Type::Array(a)) => match &a.items {
            Some(ReferenceOr::Item(items)) => allowed_values(items),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}

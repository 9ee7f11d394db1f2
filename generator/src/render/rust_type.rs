//! Types spelled as Rust: the one place that knows how an [`ir::TypeRef`](crate::ir::TypeRef)
//! is written. Models are spelled bare inside `types.rs` and as `types::Name` elsewhere.

use crate::ir::{Prim, TypeRef};

/// Where a type is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// In `types.rs` (and the models' docs): `Pet`, `crate::runtime::FilePart`.
    Models,
    /// In the API modules, examples and their docs: `types::Pet`, `runtime::FilePart`.
    Api,
}

/// `ty` as Rust source.
pub fn rust_type(ty: &TypeRef, scope: Scope) -> String {
    let mut out = String::new();
    write(ty, scope, &mut out);
    out
}

/// The type of an argument that takes `ty`: `impl Into<ty>` when `into`.
pub fn rust_arg(ty: &TypeRef, into: bool) -> String {
    scoped_arg(ty, into, Scope::Api)
}

/// [`rust_arg`] written in `scope` (a model's constructor and setters are in `types.rs`).
pub fn scoped_arg(ty: &TypeRef, into: bool, scope: Scope) -> String {
    let ty = rust_type(ty, scope);
    if into {
        format!("impl Into<{ty}>")
    } else {
        ty
    }
}

fn write(ty: &TypeRef, scope: Scope, out: &mut String) {
    let wrap = |head: &str, inner: &TypeRef, out: &mut String| {
        out.push_str(head);
        write(inner, scope, out);
        out.push('>');
    };
    match ty {
        TypeRef::Named(named) => {
            if scope == Scope::Api {
                out.push_str("types::");
            }
            out.push_str(&named.name);
        }
        TypeRef::Prim(prim) => out.push_str(prim_type(*prim, scope)),
        TypeRef::List(inner) => wrap("Vec<", inner, out),
        TypeRef::Map(inner) => wrap("std::collections::BTreeMap<String, ", inner, out),
        TypeRef::Optional(inner) => wrap("Option<", inner, out),
        TypeRef::Boxed(inner) => wrap("Box<", inner, out),
        TypeRef::Tuple(items) => {
            out.push('(');
            for (index, item) in items.iter().enumerate() {
                if index > 0 {
                    out.push_str(", ");
                }
                write(item, scope, out);
            }
            // A one-element tuple needs its comma: `(A,)`.
            if items.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
        TypeRef::Unit => out.push_str("()"),
        TypeRef::ResponseEnum(name) => out.push_str(name),
    }
}

fn prim_type(prim: Prim, scope: Scope) -> &'static str {
    match prim {
        Prim::String => "String",
        Prim::Boolean => "bool",
        Prim::Int8 => "i8",
        Prim::Int16 => "i16",
        Prim::Int32 => "i32",
        Prim::Int64 => "i64",
        Prim::Uint8 => "u8",
        Prim::Uint16 => "u16",
        Prim::Uint32 => "u32",
        Prim::Uint64 => "u64",
        Prim::Float => "f32",
        Prim::Double => "f64",
        Prim::DateTime => "chrono::DateTime<chrono::Utc>",
        Prim::Date => "chrono::NaiveDate",
        Prim::Uuid => "uuid::Uuid",
        Prim::Byte => "Vec<u8>",
        Prim::Any => "serde_json::Value",
        Prim::Object => "serde_json::Map<String, serde_json::Value>",
        Prim::FilePart => match scope {
            Scope::Models => "crate::runtime::FilePart",
            Scope::Api => "runtime::FilePart",
        },
        Prim::BinaryBody => "crate::BinaryBody",
        Prim::ByteStream => "crate::ByteStream",
        Prim::Binary => "bytes::Bytes",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn models_are_bare_in_types_rs_and_qualified_elsewhere() {
        let pets = TypeRef::List(Box::new(TypeRef::named(0, "Pet"))).optional();
        assert_eq!(rust_type(&pets, Scope::Models), "Option<Vec<Pet>>");
        assert_eq!(rust_type(&pets, Scope::Api), "Option<Vec<types::Pet>>");
        let file = TypeRef::Prim(Prim::FilePart);
        assert_eq!(rust_type(&file, Scope::Models), "crate::runtime::FilePart");
        assert_eq!(rust_type(&file, Scope::Api), "runtime::FilePart");
    }

    #[test]
    fn maps_tuples_and_arguments() {
        let map = TypeRef::Map(Box::new(TypeRef::Boxed(Box::new(TypeRef::named(1, "A")))));
        assert_eq!(
            rust_type(&map, Scope::Models),
            "std::collections::BTreeMap<String, Box<A>>"
        );
        let one = TypeRef::Tuple(vec![TypeRef::STRING]);
        assert_eq!(rust_type(&one, Scope::Api), "(String,)");
        let two = TypeRef::Tuple(vec![TypeRef::Prim(Prim::Int64), TypeRef::ANY.optional()]);
        assert_eq!(
            rust_type(&two, Scope::Api),
            "(i64, Option<serde_json::Value>)"
        );
        assert_eq!(rust_arg(&TypeRef::STRING, true), "impl Into<String>");
        assert_eq!(
            rust_arg(&TypeRef::Prim(Prim::BinaryBody), true),
            "impl Into<crate::BinaryBody>"
        );
        assert_eq!(rust_type(&TypeRef::Unit, Scope::Api), "()");
    }
}

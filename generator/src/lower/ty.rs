//! Rust type expressions as a small tree, so cycles can be broken with `Box` before the
//! types are printed as text for the IR.

/// An index into the type arena.
pub type TypeId = usize;

/// A Rust type expression.
#[derive(Debug, Clone, PartialEq)]
pub enum Ty {
    /// A named type from the arena.
    Named(TypeId),
    /// A type with a fixed spelling: `String`, `i64`, `serde_json::Value`, ...
    Prim(&'static str),
    /// `Vec<T>`.
    Vec(Box<Ty>),
    /// `BTreeMap<String, T>`.
    Map(Box<Ty>),
    /// `Box<T>`, inserted to break a by-value cycle.
    Boxed(Box<Ty>),
    /// `(A, B, ...)`: a JSON array of a fixed shape (`prefixItems`).
    Tuple(Vec<Ty>),
    /// `Option<T>`: a nullable element of a tuple, array item or map value.
    Optional(Box<Ty>),
}

pub const STRING: Ty = Ty::Prim("String");
pub const JSON_VALUE: Ty = Ty::Prim("serde_json::Value");
pub const JSON_OBJECT: Ty = Ty::Prim("serde_json::Map<String, serde_json::Value>");
pub const BYTES: Ty = Ty::Prim("Vec<u8>");

impl Ty {
    /// The type as Rust source; `path` prefixes named types (`""` inside `types.rs`, `"types::"` elsewhere).
    pub fn render(&self, names: &[String], path: &str) -> String {
        self.render_by(&|id| format!("{path}{}", names[id]), &str::to_string)
    }

    /// The type as Rust source, with `named` spelling named types and `prim` the fixed ones.
    pub fn render_by(
        &self,
        named: &dyn Fn(TypeId) -> String,
        prim: &dyn Fn(&str) -> String,
    ) -> String {
        match self {
            Ty::Named(id) => named(*id),
            Ty::Prim(text) => prim(text),
            Ty::Vec(inner) => format!("Vec<{}>", inner.render_by(named, prim)),
            Ty::Map(inner) => format!(
                "std::collections::BTreeMap<String, {}>",
                inner.render_by(named, prim)
            ),
            Ty::Boxed(inner) => format!("Box<{}>", inner.render_by(named, prim)),
            Ty::Optional(inner) => format!("Option<{}>", inner.render_by(named, prim)),
            Ty::Tuple(items) => {
                let items: Vec<String> = items.iter().map(|t| t.render_by(named, prim)).collect();
                // A one-element tuple needs its comma: `(A,)`.
                let comma = if items.len() == 1 { "," } else { "" };
                format!("({}{comma})", items.join(", "))
            }
        }
    }

    /// Named types this type holds by value (not behind a `Vec`, map or `Box`).
    pub fn by_value(&self, out: &mut Vec<TypeId>) {
        match self {
            Ty::Named(id) => out.push(*id),
            Ty::Tuple(items) => items.iter().for_each(|t| t.by_value(out)),
            Ty::Optional(inner) => inner.by_value(out),
            Ty::Prim(_) | Ty::Vec(_) | Ty::Map(_) | Ty::Boxed(_) => {}
        }
    }

    /// Every named type mentioned anywhere in this type.
    pub fn mentions(&self, out: &mut Vec<TypeId>) {
        match self {
            Ty::Named(id) => out.push(*id),
            Ty::Prim(_) => {}
            Ty::Vec(inner) | Ty::Map(inner) | Ty::Boxed(inner) | Ty::Optional(inner) => {
                inner.mentions(out)
            }
            Ty::Tuple(items) => items.iter().for_each(|t| t.mentions(out)),
        }
    }

    /// Boxes a by-value reference to a type for which `in_cycle` holds.
    pub fn box_cycles(&mut self, in_cycle: &dyn Fn(TypeId) -> bool) {
        match self {
            Ty::Named(id) if in_cycle(*id) => *self = Ty::Boxed(Box::new(self.clone())),
            Ty::Tuple(items) => items.iter_mut().for_each(|t| t.box_cycles(in_cycle)),
            Ty::Optional(inner) => inner.box_cycles(in_cycle),
            _ => {}
        }
    }

    /// `Option<self>` when `nullable`.
    pub fn nullable(self, nullable: bool) -> Ty {
        if nullable {
            Ty::Optional(Box::new(self))
        } else {
            self
        }
    }
}

/// Strongly connected components (Tarjan, iterative so deep graphs cannot overflow the stack).
/// Returns the component index of every node; nodes on a cycle share an index with another
/// node, or have a self-edge.
pub fn components(edges: &[Vec<TypeId>]) -> Vec<usize> {
    let n = edges.len();
    let mut index = vec![usize::MAX; n];
    let mut low = vec![0; n];
    let mut on_stack = vec![false; n];
    let mut stack = Vec::new();
    let mut component = vec![usize::MAX; n];
    let mut next_index = 0;
    let mut next_component = 0;
    for root in 0..n {
        if index[root] != usize::MAX {
            continue;
        }
        let mut work = vec![(root, 0usize)];
        while let Some((node, child)) = work.pop() {
            if child == 0 {
                index[node] = next_index;
                low[node] = next_index;
                next_index += 1;
                stack.push(node);
                on_stack[node] = true;
            }
            if let Some(&next) = edges[node].get(child) {
                work.push((node, child + 1));
                if index[next] == usize::MAX {
                    work.push((next, 0));
                } else if on_stack[next] {
                    low[node] = low[node].min(index[next]);
                }
                continue;
            }
            if low[node] == index[node] {
                while let Some(member) = stack.pop() {
                    on_stack[member] = false;
                    component[member] = next_component;
                    if member == node {
                        break;
                    }
                }
                next_component += 1;
            }
            if let Some(&(parent, _)) = work.last() {
                low[parent] = low[parent].min(low[node]);
            }
        }
    }
    component
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_cycles() {
        // 0 -> 1 -> 2 -> 0, 3 -> 3, 4 alone
        let c = components(&[vec![1], vec![2], vec![0], vec![3], vec![]]);
        assert_eq!(c[0], c[1]);
        assert_eq!(c[1], c[2]);
        assert_ne!(c[0], c[3]);
        assert_ne!(c[3], c[4]);
    }
}

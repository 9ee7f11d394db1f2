//! Bundling: one self-contained tree from the root document and every file its `$ref`s name,
//! in which every `$ref` points at a component (`#/components/<section>/<name>`, or
//! `#/definitions/<name>` and friends in Swagger 2.0), the only kind the lowering resolves.
//!
//! - A `$ref` into another file (`./schemas/pet.yaml`, `params.yaml#/components/parameters/Id`)
//!   brings the part it points at into the root's components, under a name chosen by
//!   [`names`]; `$ref`s inside that part are read relative to *its* file.
//! - A `$ref` to any other pointer of the root (`#/components/schemas/X/properties/y`,
//!   `#/paths/~1a/get/responses/200/…/schema`) brings a copy of that part into components.
//! - Path items are copied in place: the lowering has no path-item `$ref`s.
//!
//! Each part is brought in once, however many `$ref`s (and relative paths) lead to it, which
//! also ends cycles across files. Every part brought in is recorded in a source-map stage, so
//! diagnostics about it name the file and pointer it came from. When every `$ref` already
//! points at a component (the common case), the tree is only read, never copied.

pub mod names;
mod scan;
pub mod shape;

use std::collections::{HashMap, HashSet};

use serde_json::{Map, Value};

pub use self::scan::may_need;
use self::shape::{find_refs, shape_at, Found, Layout, Obj, Shape};
use super::files::Documents;
use crate::diag::{pointer, Diagnostics, Origin, SourceStage};

/// Brings every document the root refers to into the root's tree (see the module docs). Call
/// it when [`may_need`] says so.
pub fn bundle(docs: &mut Documents, layout: Layout, diags: &mut Diagnostics) {
    let found = find_refs(
        &docs.get(0).tree,
        Shape::One(Obj::Root),
        &|obj, reference| needs_work(obj, reference, true, layout),
    );
    if found.is_empty() {
        return;
    }
    let mut bundler = Bundler {
        taken: taken_names(&docs.get(0).tree, layout),
        docs,
        layout,
        diags,
        stage: SourceStage::default(),
        memo: HashMap::new(),
        hoisted: Vec::new(),
        inlining: Vec::new(),
        copies: 0,
    };
    let edits = bundler.resolve_all(0, "#", "#", found);
    apply(bundler.docs.root_mut(), edits);
    let mut next = 0;
    while next < bundler.hoisted.len() {
        bundler.process_hoisted(next);
        next += 1;
    }
    bundler.leave_refs_behind();
    let Bundler {
        docs,
        hoisted,
        stage,
        diags,
        layout,
        ..
    } = bundler;
    let root = docs.root_mut();
    for part in hoisted {
        if let Some(section) = part.obj.section(layout).and_then(|s| section_mut(root, s)) {
            section.insert(part.name, part.value);
        }
    }
    diags.push_stage(stage);
}

/// Whether a `$ref` found in a document (`in_root`: the root one) must be rewritten.
fn needs_work(obj: Obj, reference: &str, in_root: bool, layout: Layout) -> bool {
    if obj == Obj::PathItem {
        return true;
    }
    if !in_root || !reference.starts_with('#') {
        return true;
    }
    !is_component_ref(reference, layout)
}

/// `#/components/<section>/<name>` (or a Swagger 2.0 `#/definitions/<name>`, …): left to the
/// lowering, which also reports a `$ref` to a component that does not exist.
fn is_component_ref(reference: &str, layout: Layout) -> bool {
    let rest = match layout {
        Layout::OpenApi3 => reference.strip_prefix("#/components/").and_then(|rest| {
            let (section, name) = rest.split_once('/')?;
            (!section.is_empty()).then_some(name)
        }),
        Layout::Swagger2 => ["#/definitions/", "#/parameters/", "#/responses/"]
            .iter()
            .find_map(|prefix| reference.strip_prefix(prefix)),
    };
    rest.is_some_and(|name| !name.is_empty() && !name.contains('/'))
}

/// The names each components section already holds.
fn taken_names(root: &Value, layout: Layout) -> HashMap<&'static [&'static str], HashSet<String>> {
    let objs = [
        Obj::Schema,
        Obj::Parameter,
        Obj::Response,
        Obj::RequestBody,
        Obj::Header,
        Obj::Example,
        Obj::Link,
        Obj::Callback,
        Obj::SecurityScheme,
    ];
    objs.iter()
        .filter_map(|obj| obj.section(layout))
        .map(|section| {
            let mut node = Some(root);
            for key in section {
                node = node.and_then(|n| n.get(key));
            }
            let names = node
                .and_then(Value::as_object)
                .map(|m| m.keys().cloned().collect())
                .unwrap_or_default();
            (section, names)
        })
        .collect()
}

/// The object at `section` of the root, created when missing.
fn section_mut<'a>(root: &'a mut Value, section: &[&str]) -> Option<&'a mut Map<String, Value>> {
    let mut node = root;
    for key in section {
        let map = node.as_object_mut()?;
        let child = map
            .entry(key.to_string())
            .or_insert_with(|| Value::Object(Map::new()));
        if !child.is_object() {
            *child = Value::Object(Map::new());
        }
        node = child;
    }
    node.as_object_mut()
}

/// What to do with one `$ref`.
enum Action {
    /// Point it at this component.
    Retarget(String),
    /// Replace the path item with this copy of its target.
    Inline(Value),
    /// The target cannot be had (the warning is given): a schema becomes unconstrained, a
    /// path item is dropped, anything else is left for the lowering to report.
    Unresolved,
}

/// A part brought into the root's components.
struct Hoisted {
    obj: Obj,
    name: String,
    /// The document it came from, and where in it.
    doc: usize,
    pointer: String,
    value: Value,
}

struct Bundler<'a> {
    docs: &'a mut Documents,
    layout: Layout,
    diags: &'a mut Diagnostics,
    stage: SourceStage,
    /// (document, pointer, object) → the component ref it was brought in as.
    memo: HashMap<(usize, String, Obj), String>,
    taken: HashMap<&'static [&'static str], HashSet<String>>,
    hoisted: Vec<Hoisted>,
    /// The path items being copied, outermost first (a `$ref` back to one is a cycle).
    inlining: Vec<(usize, String)>,
    /// How many path items were copied so far.
    copies: usize,
}

/// Path items by `$ref` are followed this many levels deep, and copied at most this often.
const MAX_PATH_ITEM_NESTING: usize = 16;
const MAX_PATH_ITEM_COPIES: usize = 100_000;

impl Bundler<'_> {
    /// A schema of the root brought into components is replaced, where it was, by a `$ref`
    /// to its component: the two places then give one type, not two. (Deepest first, so that
    /// a part inside another part is still where its pointer says.)
    fn leave_refs_behind(&mut self) {
        let mut moved: Vec<(Vec<String>, String)> = self
            .hoisted
            .iter()
            .filter(|part| part.doc == 0 && part.obj == Obj::Schema)
            .filter(|part| shape_at(&segments(&part.pointer)) == Some(Obj::Schema))
            .filter_map(|part| {
                let section = part.obj.section(self.layout)?;
                let reference = pointer(section.iter().copied().chain([part.name.as_str()]));
                Some((segments(&part.pointer), reference))
            })
            .collect();
        moved.sort_by_key(|(at, _)| std::cmp::Reverse(at.len()));
        let root = self.docs.root_mut();
        for (at, reference) in moved {
            if let Some(node) = node_mut(root, &at) {
                *node = Value::Object(Map::from_iter([(
                    "$ref".to_string(),
                    Value::String(reference),
                )]));
            }
        }
    }

    fn process_hoisted(&mut self, index: usize) {
        let mut value = std::mem::take(&mut self.hoisted[index].value);
        let part = &self.hoisted[index];
        let (doc, obj) = (part.doc, part.obj);
        let origin = format!("#{}", part.pointer);
        let Some(section) = obj.section(self.layout) else {
            return;
        };
        let site = pointer(section.iter().copied().chain([part.name.as_str()]));
        let found = find_refs(&value, Shape::One(obj), &|obj, reference| {
            needs_work(obj, reference, doc == 0, self.layout)
        });
        let edits = self.resolve_all(doc, &origin, &site, found);
        apply(&mut value, edits);
        self.hoisted[index].value = value;
    }

    /// Resolves the `$ref`s found in a value of document `doc`: `origin` is where the value
    /// is in that document, `site` where it ends up in the bundled tree.
    fn resolve_all(
        &mut self,
        doc: usize,
        origin: &str,
        site: &str,
        found: Vec<Found>,
    ) -> Vec<(Vec<String>, Obj, Action)> {
        found
            .into_iter()
            .map(|f| {
                let at = pointer(&f.at);
                let at = at.trim_start_matches('#');
                let action =
                    self.resolve(doc, &f, &format!("{origin}{at}"), &format!("{site}{at}"));
                (f.at, f.obj, action)
            })
            .collect()
    }

    /// `from`: the document the `$ref` is in; `written`: where it is there; `site`: where it
    /// ends up in the bundled tree.
    fn resolve(&mut self, from: usize, found: &Found, written: &str, site: &str) -> Action {
        let (uri, fragment) = split_reference(&found.reference);
        let doc = if uri.is_empty() {
            from
        } else {
            match self.docs.open(from, &uri, self.diags) {
                Ok(doc) => doc,
                Err(why) => return self.unresolved(from, found, written, &why),
            }
        };
        if doc == 0 && fragment.is_empty() {
            let why = "points to the whole document, which is not a schema or any other part";
            return self.unresolved(from, found, written, why);
        }
        if !fragment.is_empty() && !fragment.starts_with('/') {
            let why = "is not supported: only JSON pointers (`#/…`) are, not anchors";
            return self.unresolved(from, found, written, why);
        }
        let path = segments(&fragment);
        if doc == 0
            && found.obj != Obj::PathItem
            && names::component_name(&path, self.layout).is_some()
        {
            return Action::Retarget(pointer(&path));
        }
        let Some(target) = self.docs.get(doc).tree.pointer(&fragment) else {
            return self.unresolved(from, found, written, "points to nothing");
        };
        // A schema `$ref` to a parameter, header or media type means its schema.
        let mut fragment = fragment;
        match shape_at(&path) {
            Some(obj) if obj == found.obj => {}
            Some(Obj::Parameter | Obj::Header | Obj::MediaType)
                if found.obj == Obj::Schema && target.get("schema").is_some() =>
            {
                fragment.push_str("/schema");
            }
            Some(obj) => {
                let why = format!("points to a {}, not a {}", obj.noun(), found.obj.noun());
                return self.unresolved(from, found, written, &why);
            }
            None => {}
        }
        if found.obj == Obj::PathItem {
            return self.inline(from, found, written, site, doc, fragment);
        }
        if found.obj.section(self.layout).is_none() {
            let why = "cannot be brought into a Swagger 2.0 document (it has no such section)";
            return self.unresolved(from, found, written, why);
        }
        self.hoist(doc, fragment, found.obj)
    }

    /// Brings the part at `fragment` of `doc` into the components section for `obj` (once).
    fn hoist(&mut self, doc: usize, fragment: String, obj: Obj) -> Action {
        let key = (doc, fragment, obj);
        if let Some(reference) = self.memo.get(&key) {
            return Action::Retarget(reference.clone());
        }
        let Some(section) = obj.section(self.layout) else {
            return Action::Unresolved;
        };
        let document = self.docs.get(doc);
        let stem = self.docs.stem(doc);
        let path = segments(&key.1);
        let base = names::base_name(&path, &document.tree, stem.as_deref(), self.layout);
        let name = names::claim(self.taken.entry(section).or_default(), &base);
        let component = pointer(section.iter().copied().chain([name.as_str()]));
        self.stage.record(
            component.clone(),
            Origin {
                file: document.file,
                pointer: format!("#{}", key.1),
            },
        );
        let value = document.tree.pointer(&key.1).cloned().unwrap_or_default();
        self.memo.insert(key.clone(), component.clone());
        self.hoisted.push(Hoisted {
            obj,
            name,
            doc,
            pointer: key.1,
            value,
        });
        Action::Retarget(component)
    }

    /// A copy of the path item at `fragment` of `doc`, its own `$ref`s resolved.
    fn inline(
        &mut self,
        from: usize,
        found: &Found,
        written: &str,
        site: &str,
        doc: usize,
        fragment: String,
    ) -> Action {
        let key = (doc, fragment);
        if self.inlining.contains(&key) {
            return self.unresolved(
                from,
                found,
                written,
                "leads back to itself (a cycle of path items)",
            );
        }
        // Path items are copied, not shared: bound the copies (callbacks hold path items too).
        self.copies += 1;
        if self.inlining.len() >= MAX_PATH_ITEM_NESTING || self.copies > MAX_PATH_ITEM_COPIES {
            let why = "is not followed: path items by `$ref` nest too deep or are copied too often";
            return self.unresolved(from, found, written, why);
        }
        let document = self.docs.get(doc);
        let file = document.file;
        let mut copy = document.tree.pointer(&key.1).cloned().unwrap_or_default();
        self.stage.record(
            site.to_string(),
            Origin {
                file,
                pointer: format!("#{}", key.1),
            },
        );
        let origin = format!("#{}", key.1);
        let found = find_refs(&copy, Shape::One(Obj::PathItem), &|obj, reference| {
            needs_work(obj, reference, doc == 0, self.layout)
        });
        self.inlining.push(key);
        let edits = self.resolve_all(doc, &origin, site, found);
        self.inlining.pop();
        apply(&mut copy, edits);
        Action::Inline(copy)
    }

    fn unresolved(&mut self, from: usize, found: &Found, written: &str, why: &str) -> Action {
        let outcome = match found.obj {
            Obj::Schema => "; the schema is unconstrained (`serde_json::Value`)",
            Obj::PathItem => "; the path is skipped",
            _ => "",
        };
        let file = self.docs.get(from).file;
        let message = format!("`$ref: {}` {why}{outcome}", found.reference);
        self.diags.warn_in(file, written.to_string(), message);
        Action::Unresolved
    }
}

/// `./a.yaml#/x/y` → (`./a.yaml`, `/x/y`), both percent-decoded.
fn split_reference(reference: &str) -> (String, String) {
    let (uri, fragment) = reference.split_once('#').unwrap_or((reference, ""));
    let decode = |s: &str| {
        percent_encoding::percent_decode_str(s)
            .decode_utf8_lossy()
            .into_owned()
    };
    (decode(uri), decode(fragment))
}

/// Applies the actions, last found first, so that removing an entry never moves another.
fn apply(value: &mut Value, edits: Vec<(Vec<String>, Obj, Action)>) {
    for (at, obj, action) in edits.into_iter().rev() {
        match action {
            Action::Retarget(reference) => {
                if let Some(Value::Object(map)) = node_mut(value, &at) {
                    map.insert("$ref".into(), Value::String(reference));
                }
            }
            Action::Inline(mut copy) => {
                let Some(node) = node_mut(value, &at) else {
                    continue;
                };
                // A Reference's `summary` and `description` win over its target's (3.1).
                if let (Value::Object(written), Value::Object(target)) = (&*node, &mut copy) {
                    for key in ["summary", "description"] {
                        if let Some(text) = written.get(key) {
                            target.insert(key.into(), text.clone());
                        }
                    }
                }
                *node = copy;
            }
            Action::Unresolved if obj == Obj::Schema => {
                if let Some(Value::Object(map)) = node_mut(value, &at) {
                    map.shift_remove("$ref");
                }
            }
            Action::Unresolved if obj == Obj::PathItem => match at.split_last() {
                Some((key, parent)) => {
                    if let Some(Value::Object(map)) = node_mut(value, parent) {
                        map.shift_remove(key);
                    }
                }
                None => *value = Value::Object(Map::new()),
            },
            Action::Unresolved => {}
        }
    }
}

/// `/a/b~1c` → `["a", "b/c"]`.
fn segments(pointer: &str) -> Vec<String> {
    pointer
        .split('/')
        .skip(1)
        .map(|s| s.replace("~1", "/").replace("~0", "~"))
        .collect()
}

fn node_mut<'a>(value: &'a mut Value, at: &[String]) -> Option<&'a mut Value> {
    at.iter().try_fold(value, |node, segment| match node {
        Value::Object(map) => map.get_mut(segment),
        Value::Array(items) => items.get_mut(segment.parse::<usize>().ok()?),
        _ => None,
    })
}

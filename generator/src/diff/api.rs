//! Comparing two APIs: the client's configuration (servers, authentication, docs) here, the
//! models and operations in their own modules.

use super::changes::{below, pair, Changes, Site};
use super::report::{Class, Report};
use super::{operations, types};
use crate::ir::{Api, SecurityScheme, Server};

/// Compares the IR of the old and the new version of an API. The bump is reckoned from the
/// old crate's version (`Api::version`; `0.1.0` when it is not semver).
pub fn compare(old: &Api, new: &Api) -> Report {
    let mut changes = Changes::default();
    compare_client(&mut changes, old, new);
    types::compare(&mut changes, &old.types, &new.types);
    operations::compare(&mut changes, old, new);
    let version = semver::Version::parse(&old.version).unwrap_or(semver::Version::new(0, 1, 0));
    Report::new(changes.0, &version)
}

fn compare_client(changes: &mut Changes, old: &Api, new: &Api) {
    let site = Site {
        item: "Client",
        old: "#/info",
        new: "#/info",
    };
    changes.value(Class::Docs, site, "title", &old.title, &new.title);
    changes.docs(site, "description", &old.description, &new.description);
    changes.value(
        Class::Docs,
        site,
        "API version",
        &old.api_version,
        &new.api_version,
    );
    let servers = Site {
        item: "Client",
        old: "#/servers",
        new: "#/servers",
    };
    changes.value(
        Class::Wire,
        servers,
        "default server",
        &old.base_url,
        &new.base_url,
    );
    compare_servers(changes, &old.servers, &new.servers);
    let token = servers.at("ClientBuilder::client_credentials");
    match (&old.token_url, &new.token_url) {
        (Some(_), None) => changes.changed(
            Class::Breaking,
            token,
            "no more OAuth client credentials flow: `client_credentials` and `token_url` removed",
        ),
        (None, Some(url)) => changes.changed(
            Class::Additive,
            token,
            format!("new OAuth client credentials flow (token URL {url})"),
        ),
        (o, n) => changes.value(Class::Wire, token, "token URL", o, n),
    }
    compare_schemes(changes, &old.security_schemes, &new.security_schemes);
}

fn server_pointer(servers: &[Server], server: &Server) -> String {
    let index = servers
        .iter()
        .position(|s| s.variant == server.variant)
        .unwrap_or(0);
    below("#/servers", &[&index.to_string()])
}

fn compare_servers(changes: &mut Changes, old: &[Server], new: &[Server]) {
    let paired = pair(old, new, |s| s.variant.as_str());
    for gone in paired.removed {
        let item = format!("Server::{}", gone.variant);
        changes.removed(
            Class::Breaking,
            &item,
            &server_pointer(old, gone),
            format!("server `{}` removed", gone.url),
        );
    }
    for added in paired.added {
        let item = format!("Server::{}", added.variant);
        changes.added(
            Class::Additive,
            &item,
            &server_pointer(new, added),
            format!("new server `{}`", added.url),
        );
    }
    for (o, n) in paired.both {
        let item = format!("Server::{}", n.variant);
        let (op, np) = (server_pointer(old, o), server_pointer(new, n));
        let site = Site {
            item: &item,
            old: &op,
            new: &np,
        };
        let fields =
            |s: &Server| -> Vec<String> { s.variables.iter().map(|v| v.field.clone()).collect() };
        changes.value(Class::Breaking, site, "variables", &fields(o), &fields(n));
        changes.value(Class::Wire, site, "URL", &o.url_format.0, &n.url_format.0);
        let defaults =
            |s: &Server| -> Vec<String> { s.variables.iter().map(|v| v.default.clone()).collect() };
        changes.value(
            Class::Wire,
            site,
            "variable defaults",
            &defaults(o),
            &defaults(n),
        );
        changes.value(Class::Wire, site, "token URL", &o.token_url, &n.token_url);
        changes.docs(site, "description", &o.description, &n.description);
    }
}

fn compare_schemes(changes: &mut Changes, old: &[SecurityScheme], new: &[SecurityScheme]) {
    let pointer = |s: &SecurityScheme| below("#/components/securitySchemes", &[&s.name]);
    let paired = pair(old, new, |s| s.setter.as_str());
    for gone in paired.removed {
        let item = format!("ClientBuilder::{}", gone.setter);
        changes.removed(
            Class::Breaking,
            &item,
            &pointer(gone),
            format!("authentication `{}` removed", gone.name),
        );
    }
    for added in paired.added {
        let item = format!("ClientBuilder::{}", added.setter);
        changes.added(
            Class::Additive,
            &item,
            &pointer(added),
            format!("new authentication `{}`", added.name),
        );
    }
    for (o, n) in paired.both {
        let item = format!("ClientBuilder::{}", n.setter);
        let (op, np) = (pointer(o), pointer(n));
        let site = Site {
            item: &item,
            old: &op,
            new: &np,
        };
        let wire = |s: &SecurityScheme| {
            format!(
                "{:?} {} {}",
                s.kind,
                s.location.as_deref().unwrap_or(""),
                s.param_name.as_deref().unwrap_or("")
            )
            .trim()
            .to_string()
        };
        changes.value(Class::Wire, site, "sent as", &wire(o), &wire(n));
        // A token URL where there was none is the new client credentials flow (see above).
        let class = if o.client_credentials_url.is_none() {
            Class::Additive
        } else {
            Class::Wire
        };
        changes.value(
            class,
            site,
            "token URL",
            &o.client_credentials_url,
            &n.client_credentials_url,
        );
        changes.value(Class::Docs, site, "type", &o.spec_type, &n.spec_type);
        changes.docs(site, "description", &o.description, &n.description);
    }
}

//! Users and their laptops: the coaches added straight into the database, and one logged-in
//! simulated device per coach with its own mutation stream.

use std::sync::Arc;

use anyhow::Context;
use sqlx::PgPool;
use tokio::sync::Semaphore;
use uuid::Uuid;
use werkpad_domain::sync::Role;

use crate::client::Api;
use crate::mutations::DeviceGen;

pub(crate) const PASSWORD: &str = "loadgen-password-0123";

/// One simulated laptop.
#[derive(Debug)]
pub(crate) struct Device {
    pub(crate) user: String,
    pub(crate) id: Uuid,
    pub(crate) token: String,
    pub(crate) stream: DeviceGen,
    /// False once a page failed after retries (its sequence numbers would have a gap).
    pub(crate) alive: bool,
}

pub(crate) async fn add_users(admin: &PgPool, users: &[String]) -> anyhow::Result<()> {
    // Argon2 is CPU-bound: two at a time on two cores.
    let sem = Arc::new(Semaphore::new(2));
    let mut set = tokio::task::JoinSet::new();
    for name in users {
        let admin = admin.clone();
        let name = name.clone();
        let sem = Arc::clone(&sem);
        set.spawn(async move {
            let _permit = sem.acquire_owned().await?;
            werkpad_server::admin::user_add(&admin, &name, &name, Role::Jobcoach, PASSWORD)
                .await
                .with_context(|| format!("adding {name}"))?;
            anyhow::Ok(())
        });
    }
    while let Some(done) = set.join_next().await {
        done.context("user task")??;
    }
    Ok(())
}

pub(crate) async fn login_all(
    api: &Api,
    users: &[String],
    reports: usize,
) -> anyhow::Result<Vec<Device>> {
    let sem = Arc::new(Semaphore::new(4));
    let mut set = tokio::task::JoinSet::new();
    for (i, name) in users.iter().enumerate() {
        let api = api.clone();
        let name = name.clone();
        let sem = Arc::clone(&sem);
        set.spawn(async move {
            let _permit = sem.acquire_owned().await?;
            let id = Uuid::now_v7();
            let token = api.login(&name, PASSWORD, id).await?;
            let stream = DeviceGen::new(1000 + i as u64, &name, reports);
            anyhow::Ok((
                i,
                Device {
                    user: name,
                    id,
                    token,
                    stream,
                    alive: true,
                },
            ))
        });
    }
    let mut out = Vec::new();
    while let Some(done) = set.join_next().await {
        out.push(done.context("login task")??);
    }
    out.sort_by_key(|(i, _)| *i);
    Ok(out.into_iter().map(|(_, d)| d).collect())
}

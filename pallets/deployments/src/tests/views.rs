//! The runtime API's views: deployments with their history, CIDs as text.

use super::*;
use crate::{DeploymentStatus, StatusReport, VersionOrigin};
use deinfra_primitives::MAX_PAGE_SIZE;

#[test]
fn deployment_view_shows_each_version_cid_as_text() {
	ExtBuilder::default().build_and_execute(|| {
		let id = create_as(ALICE, "site", HELLO);
		System::set_block_number(3);
		assert_ok!(Deployments::push_version(
			RuntimeOrigin::signed(ALICE),
			id,
			text(V0),
			Some(note("v2 ✓"))
		));
		assert_ok!(Deployments::rollback(RuntimeOrigin::signed(ALICE), id, 1));

		let view = Deployments::deployment_view(id).expect("the deployment exists");
		assert_eq!(view.id, id);
		assert_eq!(view.owner, ALICE);
		assert_eq!(view.name, "site");
		assert_eq!((view.oldest, view.current), (1, 3));
		assert_eq!(view.deposit, record(id).deposit);
		assert_eq!(view.held, held(ALICE));
		assert_eq!(view.status, None);
		let cids: Vec<_> =
			view.versions.iter().map(|v| (v.number, v.cid.as_str(), v.cid_v0.as_deref())).collect();
		// A raw block has no CIDv0; the `Qm…` given comes back as its CIDv1 and itself.
		assert_eq!(cids, [(1, HELLO, None), (2, V0_AS_V1, Some(V0)), (3, HELLO, None)]);
		let v2 = &view.versions[1];
		assert_eq!(v2.note.as_deref(), Some("v2 ✓"));
		assert_eq!((v2.created_at, v2.author, v2.origin), (3, ALICE, VersionOrigin::Pushed));
		assert_eq!(v2.deposit, version(id, 2).deposit);
		assert_eq!(view.versions[2].origin, VersionOrigin::Rollback { to: 1 });
		assert_eq!(view.versions[0].origin, VersionOrigin::Created);
	});
}

#[test]
fn deployment_view_of_an_unknown_or_removed_deployment_is_none() {
	ExtBuilder::default().build_and_execute(|| {
		assert_eq!(Deployments::deployment_view(0), None);
		let id = create_site();
		assert_ok!(Deployments::remove(RuntimeOrigin::signed(ALICE), id));
		assert_eq!(Deployments::deployment_view(id), None);
	});
}

#[test]
fn deployment_view_lists_only_the_kept_history_after_pruning() {
	ExtBuilder::default().build_and_execute(|| {
		let id = create_site();
		let max = <Test as crate::Config>::MaxVersions::get();
		for _ in 0..max {
			push(ALICE, id, HELLO);
		}
		let view = Deployments::deployment_view(id).expect("exists");
		assert_eq!(view.versions.len() as u32, max);
		assert_eq!(view.versions.first().map(|v| v.number), Some(view.oldest));
		assert_eq!(view.versions.last().map(|v| v.number), Some(view.current));
		assert_eq!(view.current, max + 1);
	});
}

#[test]
fn lease_deployment_view_follows_the_binding_and_shows_the_status() {
	ExtBuilder::default().build_and_execute(|| {
		assert_eq!(Deployments::lease_deployment_view(LEASE), None);
		let id = crate::NextDeploymentId::<Test>::get();
		assert_ok!(Deployments::create(
			RuntimeOrigin::signed(ALICE),
			name("site"),
			text(DIR),
			Some(LEASE)
		));
		assert_ok!(Deployments::report_status(
			RuntimeOrigin::signed(BOB),
			id,
			1,
			DeploymentStatus::Running
		));
		let view = Deployments::lease_deployment_view(LEASE).expect("bound");
		assert_eq!((view.id, view.lease), (id, Some(LEASE)));
		assert_eq!(
			view.status,
			Some(StatusReport { version: 1, status: DeploymentStatus::Running, reported_at: 1 })
		);
		assert_eq!(view.versions[0].cid, DIR);
		assert_eq!(Deployments::lease_deployment_view(LEASE_2), None);
	});
}

#[test]
fn owner_deployments_pages_through_every_deployment_of_the_owner_once() {
	ExtBuilder::default().build_and_execute(|| {
		let mut mine: Vec<_> = (0..5).map(|i| create_as(ALICE, &format!("d{i}"), HELLO)).collect();
		create_as(CHARLIE, "theirs", HELLO);
		let mut seen = Vec::new();
		let mut cursor = None;
		loop {
			let page = Deployments::owner_deployments(ALICE, cursor, 2);
			assert!(page.items.len() <= 2);
			assert!(page.items.iter().all(|v| v.owner == ALICE));
			seen.extend(page.items.iter().map(|v| v.id));
			match page.next {
				Some(next) => {
					assert_eq!(page.items.last().map(|v| v.id), Some(next));
					cursor = Some(next);
				}
				None => break,
			}
		}
		seen.sort();
		mine.sort();
		assert_eq!(seen, mine);
		assert!(Deployments::owner_deployments(NOBODY, None, 10).items.is_empty());
	});
}

#[test]
fn owner_deployments_after_someone_elses_deployment_is_empty() {
	ExtBuilder::default().build_and_execute(|| {
		create_as(ALICE, "mine", HELLO);
		let theirs = create_as(CHARLIE, "theirs", HELLO);
		let page = Deployments::owner_deployments(ALICE, Some(theirs), 10);
		assert!(page.items.is_empty());
		assert_eq!(page.next, None);
		let page = Deployments::owner_deployments(ALICE, Some(99), 10);
		assert!(page.items.is_empty());
	});
}

#[test]
fn owner_deployments_caps_the_page_size() {
	ExtBuilder::default().build_and_execute(|| {
		for i in 0..(MAX_PAGE_SIZE + 1) {
			create_as(ALICE, &format!("d{i}"), HELLO);
		}
		let page = Deployments::owner_deployments(ALICE, None, u32::MAX);
		assert_eq!(page.items.len() as u32, MAX_PAGE_SIZE);
		assert!(page.next.is_some());
		let rest = Deployments::owner_deployments(ALICE, page.next, u32::MAX);
		assert_eq!(rest.items.len(), 1);
		assert_eq!(rest.next, None);
	});
}

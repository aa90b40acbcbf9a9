//! CIDs: real vectors are accepted and stored canonically; malformed ones are rejected with a
//! named error by `create` and `push_version`, changing nothing.

use super::*;
use crate::{
	cid::{self as cids, codec, hash, CidError},
	Error, Event,
};
use frame_support::assert_noop;

fn hex(s: &str) -> Vec<u8> {
	(0..s.len()).step_by(2).map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap()).collect()
}

/// The sha2-256 digest of `hello world`.
const HELLO_SHA256: &str = "b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9";
/// The blake2b-256 digest of `hello world`.
const HELLO_BLAKE2B: &str = "256c83b297114d201b30179f3f0ef0cace9783622da5974326b436178aeef610";

#[test]
fn real_cids_are_stored_as_binary_cidv1() {
	ExtBuilder::default().build_and_execute(|| {
		let cases: [(&str, String); 9] = [
			// CIDv0 of the IPFS readme directory, stored as its CIDv1 dag-pb equivalent.
			(
				V0,
				format!(
					"01701220{}",
					"9d6c2be50f706953479ab9df2ce3edca90b68053c00b3004b7f0accbe1e8eedf"
				),
			),
			(
				V0_AS_V1,
				format!(
					"01701220{}",
					"9d6c2be50f706953479ab9df2ce3edca90b68053c00b3004b7f0accbe1e8eedf"
				),
			),
			(
				V0_AS_Z,
				format!(
					"01701220{}",
					"9d6c2be50f706953479ab9df2ce3edca90b68053c00b3004b7f0accbe1e8eedf"
				),
			),
			(
				DIR,
				format!(
					"01701220{}",
					"c3c4733ec8affd06cf9e9ff50ffc6bcd2ec85a6170004bb709669c31de94391a"
				),
			),
			// Raw blocks: `hello world` and the empty string (sha2-256).
			(HELLO, format!("01551220{HELLO_SHA256}")),
			(
				EMPTY_RAW,
				format!(
					"01551220{}",
					"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
				),
			),
			// `hello world`, raw, blake2b-256 (multihash code 0xb220, a 3-byte varint).
			(
				"bafk2bzaceaswza5ss4iu2ia3galz6pyo6dfm5f4dmiw2lf2de22dmf4k533ba",
				format!("0155a0e40220{HELLO_BLAKE2B}"),
			),
			// dag-json (0x0129, a 2-byte varint) with blake2b-256, base58btc: the longest CID.
			(
				"z25sX6LgHoZpCZUT3VEMjKbNPvMpQ2EU16DF2mM4vQDixfQGHLJ1cB",
				format!("01a902a0e40220{HELLO_BLAKE2B}"),
			),
			// dag-cbor with blake3 (0x1e), digest 00..1f.
			(
				"bafyr4iaaaebagbafaydqqcikbmga2dqpcaireeyuculbogazdinryhi6d4",
				format!(
					"01711e20{}",
					"000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"
				),
			),
		];
		for (i, (cid, binary)) in cases.iter().enumerate() {
			let id = i as u64;
			assert_ok!(Deployments::create(
				RuntimeOrigin::signed(ALICE),
				name(&format!("d{i}")),
				text(cid),
				None
			));
			let stored = version(id, 1).cid;
			assert_eq!(stored.to_vec(), hex(binary), "{cid}");
			let Some(Event::Created { cid: event_cid, .. }) = events().pop() else {
				panic!("created")
			};
			assert_eq!(event_cid, stored);
		}
		// The three texts of the readme directory are one stored CID, whose text is base32.
		assert_eq!(version(0, 1).cid, version(1, 1).cid);
		assert_eq!(version(0, 1).cid, version(2, 1).cid);
		assert_eq!(Deployments::cid_text(0, 1), Some(V0_AS_V1.as_bytes().to_vec()));
		assert_eq!(Deployments::cid_text(3, 1), Some(DIR.as_bytes().to_vec()));
		assert_eq!(
			Deployments::cid_text(8, 1),
			Some(b"bafyr4iaaaebagbafaydqqcikbmga2dqpcaireeyuculbogazdinryhi6d4".to_vec())
		);
	});
}

#[test]
fn stored_cids_decode_into_their_parts() {
	let hello = stored(HELLO);
	let parts = cids::decode_binary(&hello).unwrap();
	assert_eq!((parts.codec, parts.hash), (codec::RAW, hash::SHA2_256));
	assert_eq!(parts.digest, &hex(HELLO_SHA256)[..]);
	let json = stored("z25sX6LgHoZpCZUT3VEMjKbNPvMpQ2EU16DF2mM4vQDixfQGHLJ1cB");
	let parts = cids::decode_binary(&json).unwrap();
	assert_eq!((parts.codec, parts.hash), (codec::DAG_JSON, hash::BLAKE2B_256));
	assert_eq!(json.len(), 39);
	assert_eq!(cids::to_text(&json).len(), 64);
	assert_eq!(
		cids::parse(&cids::to_text(&json)).unwrap(),
		json,
		"the base32 text of a stored CID parses back to it"
	);
}

/// Malformed CIDs and the error each gets (computed with a scratch script from the vectors).
const MALFORMED: &[(&str, CidError)] = &[
	("", CidError::Empty),
	// Bad multibase prefix: upper-case base32, base16, base64, none.
	("BAFYBEIGDYRZT5SFP7UDM7HU76UH7Y26NF3EFUYLQABF3OCLGTQY55FBZDI", CidError::UnknownMultibase),
	("f01551220b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9", CidError::UnknownMultibase),
	("mAVUSILlNJ7mTTT4IpS5S19p9q/rEhO/jelOA7pCI96zi783p", CidError::UnknownMultibase),
	("Qa", CidError::UnknownMultibase),
	("/ipfs/bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi", CidError::UnknownMultibase),
	// Characters outside base32 (`1`, upper case, padding), and non-zero trailing bits.
	("bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzd1", CidError::InvalidBase32),
	("bAFYBEIGDYRZT5SFP7UDM7HU76UH7Y26NF3EFUYLQABF3OCLGTQY55FBZDI", CidError::InvalidBase32),
	("bafkreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5e======", CidError::InvalidBase32),
	("bafkreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5f", CidError::InvalidBase32),
	// Characters outside base58 (`0`, `I`, `l`).
	("QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbd0", CidError::InvalidBase58),
	("zdj7Wg2Qkk4mYgAkVU1kppfQ2sMGz5zPwERVpeWmxCQLDxVoI", CidError::InvalidBase58),
	("zdj7Wg2Qkk4mYgAkVU1kppfQ2sMGz5zPwERVpeWmxCQLDxVol", CidError::InvalidBase58),
	// Truncated: the hash, a CIDv0, a varint, everything after the prefix.
	("bafkreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n", CidError::Truncated),
	("QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbd", CidError::Truncated),
	("baguq", CidError::Truncated),
	("b", CidError::Truncated),
	("z", CidError::Truncated),
	// Unknown codec (libp2p-key 0x72).
	("bafzbeifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5e", CidError::UnknownCodec),
	// Unknown hash function (sha2-512 0x13, 64-byte digest).
	(
		"bafkrgqfzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5g4u2j5zsngt4cfffzjnpwt5vp5mjbhp4n5fhahoscepplhc57g6s",
		CidError::UnknownHash,
	),
	// Wrong digest length: sha2-256 declared 64 bytes, or 20.
	(
		"bafkreqfzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5g4u2j5zsngt4cfffzjnpwt5vp5mjbhp4n5fhahoscepplhc57g6s",
		CidError::WrongDigestLength,
	),
	("bafkreffzjut3te2nhyekklss27nh3k72ysco7yy", CidError::WrongDigestLength),
	// Trailing bytes after the digest (base32, base58), a CIDv0 one character too long.
	("bafkreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5eaa", CidError::TrailingBytes),
	("zCRzqD2h34MpgBqVXQNyVoAgfKQ98WyrgDgjFiWzkMyRB9dBTjgM", CidError::TrailingBytes),
	("QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdGG", CidError::TrailingBytes),
	// Version 2; a CIDv0 multihash behind a multibase prefix (version byte 0x12).
	("bajkreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5e", CidError::UnsupportedVersion),
	("zQmaozNR7DZHQK1ZcU9p7QdrshMvXqWK6gpu5rmrkPdT3L4", CidError::UnsupportedVersion),
	// The raw codec as an overlong varint (0xd5 0x00).
	("bahkqaeraxfgspomtju7arjjokll5u7nl7lcij37dpjjyb3uqrd32zyxpzxuq", CidError::InvalidVarint),
];

#[test]
fn the_parser_names_what_is_wrong() {
	for (cid, error) in MALFORMED {
		assert_eq!(cids::parse(cid.as_bytes()), Err(*error), "{cid:?}");
	}
}

#[test]
fn create_rejects_malformed_cids_and_changes_nothing() {
	ExtBuilder::default().build_and_execute(|| {
		for (cid, error) in MALFORMED {
			assert_noop!(
				Deployments::create(RuntimeOrigin::signed(ALICE), name("site"), text(cid), None),
				Error::<Test>::from(*error)
			);
		}
		assert_eq!(held(ALICE), 0);
		assert_eq!(crate::NextDeploymentId::<Test>::get(), 0);
	});
}

#[test]
fn push_version_rejects_malformed_cids_and_changes_nothing() {
	ExtBuilder::default().build_and_execute(|| {
		let id = create_site();
		for (cid, error) in MALFORMED {
			assert_noop!(
				Deployments::push_version(RuntimeOrigin::signed(ALICE), id, text(cid), None),
				Error::<Test>::from(*error)
			);
		}
		assert_eq!(record(id).current, 1);
		assert_eq!(held(ALICE), CREATED);
	});
}

#[test]
fn every_cid_error_maps_to_its_own_pallet_error() {
	use CidError::*;
	let all = [
		Empty,
		UnknownMultibase,
		InvalidBase32,
		InvalidBase58,
		UnsupportedVersion,
		InvalidVarint,
		UnknownCodec,
		UnknownHash,
		WrongDigestLength,
		Truncated,
		TrailingBytes,
	];
	let mapped: std::collections::BTreeSet<_> =
		all.iter().map(|e| format!("{:?}", Error::<Test>::from(*e))).collect();
	assert_eq!(mapped.len(), all.len());
	// Each malformed vector above covers one of them.
	for e in all {
		assert!(MALFORMED.iter().any(|(_, m)| *m == e), "{e:?} has a vector");
	}
}

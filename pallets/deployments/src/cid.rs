//! Content identifiers (CIDs), parsed and validated on-chain without the standard library.
//!
//! # What is accepted
//!
//! - **CIDv0**: the 46-character base58btc text of a sha2-256 multihash, `Qm…`
//!   (`0x12 0x20` followed by the 32-byte digest). It has no multibase prefix.
//! - **CIDv1** in multibase **base32** (prefix `b`, lower-case RFC 4648 alphabet `a-z2-7`, no
//!   padding, unused trailing bits zero) or **base58btc** (prefix `z`, Bitcoin alphabet). The
//!   decoded bytes are `<version=1><codec><multihash>`, each number an unsigned varint
//!   (minimal, at most 9 bytes), with
//!   - codec one of dag-pb `0x70`, raw `0x55`, dag-cbor `0x71`, dag-json `0x0129`;
//!   - multihash function one of sha2-256 `0x12`, blake2b-256 `0xb220`, blake3 `0x1e`, with a
//!     digest length of exactly 32, followed by exactly 32 digest bytes and nothing else.
//!
//! Everything else is rejected with a [`CidError`] that names what is wrong.
//!
//! # What is stored
//!
//! The **canonical binary CIDv1** (`version, codec, multihash`; 36 to 39 bytes), whatever text
//! it came as. A CIDv0 `Qm…` is stored as its CIDv1 dag-pb equivalent
//! (`0x01 0x70 0x12 0x20 <digest>`), so the same content has one stored form whether it was
//! given as `Qm…`, `bafy…` or `z…`; [`to_text`] turns stored bytes back into the base32 text
//! (`bafy…` for a former `Qm…`), which IPFS resolves to the same content.

use alloc::vec::Vec;
use frame_support::{pallet_prelude::ConstU32, BoundedVec};

/// The most bytes a stored (binary) CID may have. Valid CIDs have 36 to 39.
pub const MAX_CID_BYTES: u32 = 64;

/// A CID as stored: canonical binary CIDv1.
pub type CidBytes = BoundedVec<u8, ConstU32<MAX_CID_BYTES>>;

/// The digest length every accepted hash function has, in bytes.
pub const DIGEST_LEN: usize = 32;

/// Multicodec codes of the accepted content codecs.
pub mod codec {
	/// MerkleDAG protobuf (UnixFS files and directories, what `ipfs add` makes).
	pub const DAG_PB: u64 = 0x70;
	/// Raw bytes (a single block, `ipfs add --raw-leaves` of a small file).
	pub const RAW: u64 = 0x55;
	/// MerkleDAG CBOR.
	pub const DAG_CBOR: u64 = 0x71;
	/// MerkleDAG JSON.
	pub const DAG_JSON: u64 = 0x0129;
	/// All accepted codecs.
	pub const ALL: [u64; 4] = [DAG_PB, RAW, DAG_CBOR, DAG_JSON];
}

/// Multicodec codes of the accepted multihash functions (all with 32-byte digests).
pub mod hash {
	/// SHA2-256.
	pub const SHA2_256: u64 = 0x12;
	/// BLAKE2b-256.
	pub const BLAKE2B_256: u64 = 0xb220;
	/// BLAKE3 (256-bit output).
	pub const BLAKE3: u64 = 0x1e;
	/// All accepted hash functions.
	pub const ALL: [u64; 3] = [SHA2_256, BLAKE2B_256, BLAKE3];
}

/// The CIDv0 `Qm…` text length.
pub const CID_V0_TEXT_LEN: usize = 46;

/// Why a CID was rejected.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CidError {
	/// No text at all.
	Empty,
	/// The first character is not a supported multibase prefix (`b` base32, `z` base58btc) and
	/// the text is not a CIDv0 (`Qm…`).
	UnknownMultibase,
	/// A character outside the lower-case base32 alphabet, or a length or trailing bits that no
	/// canonical base32 text has.
	InvalidBase32,
	/// A character outside the base58btc alphabet.
	InvalidBase58,
	/// The CID version is not 1 (CIDv0 is accepted only as `Qm…` text).
	UnsupportedVersion,
	/// A varint is not minimally encoded or is longer than 9 bytes.
	InvalidVarint,
	/// The content codec is not dag-pb, raw, dag-cbor or dag-json.
	UnknownCodec,
	/// The multihash function is not sha2-256, blake2b-256 or blake3 (for CIDv0: not
	/// sha2-256).
	UnknownHash,
	/// The multihash's digest length is not 32.
	WrongDigestLength,
	/// The bytes end before the CID does (a varint or the digest is cut short; a `Qm…` text
	/// shorter than 46 characters).
	Truncated,
	/// Bytes follow the digest (a `Qm…` text longer than 46 characters).
	TrailingBytes,
}

/// The parts of a valid binary CIDv1.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CidParts<'a> {
	/// The content codec (one of [`codec::ALL`]).
	pub codec: u64,
	/// The multihash function (one of [`hash::ALL`]).
	pub hash: u64,
	/// The digest, [`DIGEST_LEN`] bytes.
	pub digest: &'a [u8],
}

/// Parses a CID given as text and returns its canonical binary CIDv1 form (see the module
/// documentation).
pub fn parse(text: &[u8]) -> Result<CidBytes, CidError> {
	let (prefix, rest) = text.split_first().ok_or(CidError::Empty)?;
	let binary = if text.starts_with(b"Qm") {
		// CIDv0: the whole text is base58btc of a sha2-256 multihash, 46 characters.
		let multihash = decode_base58(text)?;
		if text.len() < CID_V0_TEXT_LEN {
			return Err(CidError::Truncated);
		}
		if text.len() > CID_V0_TEXT_LEN {
			return Err(CidError::TrailingBytes);
		}
		parse_multihash(&multihash, &[hash::SHA2_256])?;
		let mut binary = Vec::with_capacity(multihash.len().saturating_add(2));
		binary.extend_from_slice(&[0x01, codec::DAG_PB as u8]);
		binary.extend_from_slice(&multihash);
		binary
	} else {
		let binary = match prefix {
			b'b' => decode_base32(rest)?,
			b'z' => decode_base58(rest)?,
			_ => return Err(CidError::UnknownMultibase),
		};
		decode_binary(&binary)?;
		binary
	};
	// Valid CIDs have at most 39 bytes; longer ones were rejected as trailing bytes above.
	CidBytes::try_from(binary).map_err(|_| CidError::TrailingBytes)
}

/// Checks a binary CIDv1 (as stored) and returns its parts.
pub fn decode_binary(bytes: &[u8]) -> Result<CidParts<'_>, CidError> {
	let mut reader = Reader(bytes);
	if reader.varint()? != 1 {
		return Err(CidError::UnsupportedVersion);
	}
	let codec = reader.varint()?;
	if !codec::ALL.contains(&codec) {
		return Err(CidError::UnknownCodec);
	}
	let (hash, digest) = parse_multihash(reader.0, &hash::ALL)?;
	Ok(CidParts { codec, hash, digest })
}

/// Turns a binary CID into its multibase base32 text (`b…`, lower case, no padding), the form
/// IPFS tools print for CIDv1. Does not check the bytes.
pub fn to_text(bytes: &[u8]) -> Vec<u8> {
	let chars = bytes.len().saturating_mul(8).div_ceil(5);
	let mut out = Vec::with_capacity(chars.saturating_add(1));
	out.push(b'b');
	let mut acc: u32 = 0;
	let mut bits: u32 = 0;
	for &byte in bytes {
		acc = (acc << 8) | u32::from(byte);
		bits = bits.saturating_add(8);
		while bits >= 5 {
			bits = bits.saturating_sub(5);
			out.push(base32_char(acc >> bits));
		}
		acc &= (1u32 << bits).saturating_sub(1);
	}
	if bits > 0 {
		out.push(base32_char(acc << 5u32.saturating_sub(bits)));
	}
	out
}

/// The CIDv0 text (`Qm…`, base58btc of the multihash) of a binary CID whose content is dag-pb
/// hashed with sha2-256, the only kind CIDv0 can name; `None` for any other CID.
pub fn to_text_v0(bytes: &[u8]) -> Option<Vec<u8>> {
	let parts = decode_binary(bytes).ok()?;
	if parts.codec != codec::DAG_PB || parts.hash != hash::SHA2_256 {
		return None;
	}
	// The multihash is everything after the version and codec bytes (both one-byte varints).
	Some(encode_base58(bytes.get(2..)?))
}

/// The base32 character of the low five bits of `value`.
fn base32_char(value: u32) -> u8 {
	let v = (value & 0x1f) as u8;
	if v < 26 {
		b'a'.saturating_add(v)
	} else {
		b'2'.saturating_add(v.saturating_sub(26))
	}
}

/// A multihash `<code><length><digest>` with `code` in `allowed`, a 32-byte digest and nothing
/// after it.
fn parse_multihash<'a>(bytes: &'a [u8], allowed: &[u64]) -> Result<(u64, &'a [u8]), CidError> {
	let mut reader = Reader(bytes);
	let code = reader.varint()?;
	if !allowed.contains(&code) {
		return Err(CidError::UnknownHash);
	}
	if reader.varint()? != DIGEST_LEN as u64 {
		return Err(CidError::WrongDigestLength);
	}
	let digest = reader.0;
	match digest.len() {
		DIGEST_LEN => Ok((code, digest)),
		n if n < DIGEST_LEN => Err(CidError::Truncated),
		_ => Err(CidError::TrailingBytes),
	}
}

/// Reads unsigned varints off the front of a byte slice.
struct Reader<'a>(&'a [u8]);

impl Reader<'_> {
	/// An unsigned varint (multiformats): 7 bits a byte, least significant first, the high bit
	/// set on all but the last byte; minimal; at most 9 bytes.
	fn varint(&mut self) -> Result<u64, CidError> {
		let mut value: u64 = 0;
		for i in 0..9u32 {
			let (&byte, rest) = self.0.split_first().ok_or(CidError::Truncated)?;
			self.0 = rest;
			value |= u64::from(byte & 0x7f) << (7 * i);
			if byte & 0x80 == 0 {
				if byte == 0 && i > 0 {
					return Err(CidError::InvalidVarint);
				}
				return Ok(value);
			}
		}
		Err(CidError::InvalidVarint)
	}
}

/// Decodes unpadded lower-case RFC 4648 base32. Rejects other characters, lengths no encoder
/// produces, and non-zero unused trailing bits (so each byte string has one text).
fn decode_base32(text: &[u8]) -> Result<Vec<u8>, CidError> {
	let mut out = Vec::with_capacity(text.len().saturating_mul(5) / 8);
	let mut acc: u32 = 0;
	let mut bits: u32 = 0;
	for &c in text {
		let value = match c {
			b'a'..=b'z' => c.saturating_sub(b'a'),
			b'2'..=b'7' => c.saturating_sub(b'2').saturating_add(26),
			_ => return Err(CidError::InvalidBase32),
		};
		acc = (acc << 5) | u32::from(value);
		bits = bits.saturating_add(5);
		if bits >= 8 {
			bits = bits.saturating_sub(8);
			out.push((acc >> bits) as u8);
			acc &= (1u32 << bits).saturating_sub(1);
		}
	}
	if bits >= 5 || acc != 0 {
		return Err(CidError::InvalidBase32);
	}
	Ok(out)
}

/// The base58btc (Bitcoin) alphabet.
const BASE58_ALPHABET: &[u8; 58] = b"123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

/// Decodes base58btc: each leading `1` is a zero byte, the rest a big-endian number.
/// Quadratic in the length, which the caller bounds.
fn decode_base58(text: &[u8]) -> Result<Vec<u8>, CidError> {
	let zeros = text.iter().take_while(|&&c| c == b'1').count();
	// The number's bytes, least significant first.
	let mut number: Vec<u8> = Vec::with_capacity(text.len());
	for &c in text.iter().skip(zeros) {
		let digit = BASE58_ALPHABET.iter().position(|&a| a == c).ok_or(CidError::InvalidBase58)?;
		let mut carry = digit as u32;
		for byte in number.iter_mut() {
			carry = carry.saturating_add(u32::from(*byte).saturating_mul(58));
			*byte = carry as u8;
			carry >>= 8;
		}
		while carry > 0 {
			number.push(carry as u8);
			carry >>= 8;
		}
	}
	let mut out = Vec::with_capacity(zeros.saturating_add(number.len()));
	out.resize(zeros, 0);
	out.extend(number.iter().rev());
	Ok(out)
}

/// Encodes base58btc: each leading zero byte is a `1`, the rest a big-endian number.
/// Quadratic in the length, which the caller bounds (a stored CID has at most 64 bytes).
fn encode_base58(bytes: &[u8]) -> Vec<u8> {
	let zeros = bytes.iter().take_while(|&&b| b == 0).count();
	// The number's base-58 digits, least significant first.
	let mut digits: Vec<u8> = Vec::with_capacity(bytes.len().saturating_mul(138) / 100 + 1);
	for &byte in bytes.iter().skip(zeros) {
		let mut carry = u32::from(byte);
		for digit in digits.iter_mut() {
			carry = carry.saturating_add(u32::from(*digit) << 8);
			*digit = (carry % 58) as u8;
			carry /= 58;
		}
		while carry > 0 {
			digits.push((carry % 58) as u8);
			carry /= 58;
		}
	}
	let mut out = Vec::with_capacity(zeros.saturating_add(digits.len()));
	out.resize(zeros, b'1');
	out.extend(
		digits.iter().rev().map(|&d| BASE58_ALPHABET.get(usize::from(d)).copied().unwrap_or(b'1')),
	);
	out
}

#[cfg(test)]
mod tests {
	use super::*;

	fn hex(s: &str) -> Vec<u8> {
		(0..s.len()).step_by(2).map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap()).collect()
	}

	#[test]
	fn base32_round_trips_every_length() {
		for len in 0..40u8 {
			let bytes: Vec<u8> = (0..len).map(|i| i.wrapping_mul(37).wrapping_add(11)).collect();
			let text = to_text(&bytes);
			assert_eq!(text[0], b'b');
			assert_eq!(decode_base32(&text[1..]), Ok(bytes));
		}
	}

	#[test]
	fn base32_rejects_impossible_lengths_and_dirty_trailing_bits() {
		// 1, 3 and 6 characters (mod 8) never come out of an encoder.
		assert_eq!(decode_base32(b"a"), Err(CidError::InvalidBase32));
		assert_eq!(decode_base32(b"aaa"), Err(CidError::InvalidBase32));
		assert_eq!(decode_base32(b"aaaaaa"), Err(CidError::InvalidBase32));
		// "ae" is 0x01 with two zero bits; "af" sets one of them.
		assert_eq!(decode_base32(b"ae"), Ok(vec![0x01]));
		assert_eq!(decode_base32(b"af"), Err(CidError::InvalidBase32));
		assert_eq!(decode_base32(b"AE"), Err(CidError::InvalidBase32));
		assert_eq!(decode_base32(b"a="), Err(CidError::InvalidBase32));
	}

	#[test]
	fn base58_decodes_leading_zeros_and_numbers() {
		assert_eq!(decode_base58(b""), Ok(vec![]));
		assert_eq!(decode_base58(b"1"), Ok(vec![0]));
		assert_eq!(decode_base58(b"11z"), Ok(vec![0, 0, 57]));
		assert_eq!(decode_base58(b"21"), Ok(vec![58]));
		assert_eq!(decode_base58(b"5Q"), Ok(vec![255]));
		assert_eq!(decode_base58(b"5R"), Ok(vec![1, 0]));
		assert_eq!(decode_base58(b"0"), Err(CidError::InvalidBase58));
		assert_eq!(decode_base58(b"O"), Err(CidError::InvalidBase58));
		assert_eq!(decode_base58(b"I"), Err(CidError::InvalidBase58));
		assert_eq!(decode_base58(b"l"), Err(CidError::InvalidBase58));
	}

	#[test]
	fn base58_encoding_inverts_decoding() {
		for text in [&b""[..], b"1", b"11z", b"21", b"5Q", b"5R"] {
			assert_eq!(encode_base58(&decode_base58(text).unwrap()), text.to_vec());
		}
		for len in 0..40u8 {
			let mut bytes: Vec<u8> = (0..len).map(|i| i.wrapping_mul(91).wrapping_add(3)).collect();
			if let Some(first) = bytes.first_mut() {
				*first = len % 3; // sometimes a leading zero
			}
			assert_eq!(decode_base58(&encode_base58(&bytes)), Ok(bytes));
		}
	}

	#[test]
	fn varints_are_minimal_and_short() {
		assert_eq!(Reader(&[0x01]).varint(), Ok(1));
		assert_eq!(Reader(&[0xa9, 0x02]).varint(), Ok(0x0129));
		assert_eq!(Reader(&[0xa0, 0xe4, 0x02]).varint(), Ok(0xb220));
		assert_eq!(Reader(&[0x81, 0x00]).varint(), Err(CidError::InvalidVarint));
		assert_eq!(Reader(&[0xff; 10]).varint(), Err(CidError::InvalidVarint));
		assert_eq!(Reader(&[0x81]).varint(), Err(CidError::Truncated));
		assert_eq!(Reader(&[]).varint(), Err(CidError::Truncated));
	}

	#[test]
	fn cid_v0_is_stored_as_its_v1_dag_pb_equivalent() {
		let stored = parse(b"QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG").unwrap();
		assert_eq!(
			stored.to_vec(),
			hex("017012209d6c2be50f706953479ab9df2ce3edca90b68053c00b3004b7f0accbe1e8eedf")
		);
		assert_eq!(
			to_text(&stored),
			b"bafybeie5nqv6kd3qnfjupgvz34woh3oksc3iau6abmyajn7qvtf6d2ho34".to_vec()
		);
		let v1 = parse(b"bafybeie5nqv6kd3qnfjupgvz34woh3oksc3iau6abmyajn7qvtf6d2ho34").unwrap();
		assert_eq!(v1, stored);
		let z = parse(b"zdj7Wg2Qkk4mYgAkVU1kppfQ2sMGz5zPwERVpeWmxCQLDxVoC").unwrap();
		assert_eq!(z, stored);
	}

	#[test]
	fn decode_binary_names_the_parts() {
		// sha2-256 of the empty string, raw.
		let stored = parse(b"bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku").unwrap();
		let parts = decode_binary(&stored).unwrap();
		assert_eq!(parts.codec, codec::RAW);
		assert_eq!(parts.hash, hash::SHA2_256);
		assert_eq!(
			parts.digest,
			&hex("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")[..]
		);
	}
}

//! Checks of provider input: endpoint, region, capacity and GPUs, attributes.

use crate::{AttributesOf, Config, EndpointOf, Error, GpuSpec, GpusOf};
use alloc::vec::Vec;
use deinfra_primitives::{AttributeKey, AttributeValue, RegionCode, Resources};
use frame_support::{ensure, traits::Get};
use sp_runtime::DispatchError;

/// A bounded endpoint, if `endpoint` is a URI with a scheme (`[A-Za-z][A-Za-z0-9+.-]*://`),
/// something after it, only printable ASCII and at most `MaxEndpointLen` bytes.
pub(crate) fn endpoint<T: Config>(endpoint: Vec<u8>) -> Result<EndpointOf<T>, DispatchError> {
	ensure!(!endpoint.is_empty(), Error::<T>::EmptyEndpoint);
	ensure!(endpoint.iter().all(u8::is_ascii_graphic), Error::<T>::EndpointNotPrintable);
	ensure!(has_scheme(&endpoint), Error::<T>::EndpointWithoutScheme);
	EndpointOf::<T>::try_from(endpoint).map_err(|_| Error::<T>::EndpointTooLong.into())
}

fn has_scheme(uri: &[u8]) -> bool {
	let Some(colon) = uri.iter().position(|b| *b == b':') else { return false };
	let (scheme, rest) = uri.split_at(colon);
	let scheme_ok = scheme.first().is_some_and(u8::is_ascii_alphabetic)
		&& scheme.iter().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.'));
	scheme_ok && rest.len() > 3 && rest.starts_with(b"://")
}

/// Whether `region` matches `[A-Z]{2}(-[A-Z0-9]{1,3})?`.
pub(crate) fn region<T: Config>(region: &RegionCode) -> Result<(), DispatchError> {
	let r = region.as_slice();
	let country = r.len() >= 2 && r[..2].iter().all(u8::is_ascii_uppercase);
	let subdivision = match r.get(2..) {
		Some([]) => true,
		Some([b'-', sub @ ..]) => {
			(1..=3).contains(&sub.len())
				&& sub.iter().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
		}
		_ => false,
	};
	ensure!(country && subdivision, Error::<T>::InvalidRegion);
	Ok(())
}

/// Bounded GPU kinds, if `capacity` is not all zero, every GPU kind has a model and a count,
/// and the counts add up to `capacity.gpus`.
pub(crate) fn capacity<T: Config>(
	capacity: &Resources,
	gpus: Vec<GpuSpec>,
) -> Result<GpusOf<T>, DispatchError> {
	ensure!(!capacity.is_zero(), Error::<T>::ZeroCapacity);
	let gpus = GpusOf::<T>::try_from(gpus).map_err(|_| Error::<T>::TooManyGpuKinds)?;
	let mut total: u32 = 0;
	for gpu in gpus.iter() {
		ensure!(gpu.count > 0, Error::<T>::ZeroGpuCount);
		ensure!(!gpu.model.is_empty(), Error::<T>::EmptyGpuModel);
		total = total.checked_add(gpu.count).ok_or(Error::<T>::Overflow)?;
	}
	ensure!(total == capacity.gpus, Error::<T>::GpuCountMismatch);
	Ok(gpus)
}

/// Bounded attributes, if there are at most `MaxAttributes` with non-empty, unique keys.
/// An attribute keeps the verification it had in `previous` if its value is unchanged.
pub(crate) fn attributes<T: Config>(
	attributes: Vec<(AttributeKey, AttributeValue)>,
	previous: &[crate::Attribute],
) -> Result<AttributesOf<T>, DispatchError> {
	ensure!(attributes.len() <= T::MaxAttributes::get() as usize, Error::<T>::TooManyAttributes);
	ensure!(attributes.iter().all(|(k, _)| !k.is_empty()), Error::<T>::EmptyAttributeKey);
	let mut keys: Vec<&[u8]> = attributes.iter().map(|(k, _)| k.as_slice()).collect();
	keys.sort_unstable();
	ensure!(keys.windows(2).all(|w| w[0] != w[1]), Error::<T>::DuplicateAttribute);

	let attributes: Vec<crate::Attribute> = attributes
		.into_iter()
		.map(|(key, value)| {
			let verified = previous.iter().any(|p| p.verified && p.key == key && p.value == value);
			crate::Attribute { key, value, verified }
		})
		.collect();
	AttributesOf::<T>::try_from(attributes).map_err(|_| Error::<T>::TooManyAttributes.into())
}

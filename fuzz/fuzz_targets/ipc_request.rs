//! Any bytes through the control socket's request decoder: it must never
//! panic, every refusal says something, and whatever it accepts encodes back
//! to a line that decodes to the same request.

#![no_main]

use libfuzzer_sys::fuzz_target;
use unknot::ipc::{decode_request, encode_request};

fuzz_target!(|data: &[u8]| {
    match decode_request(data) {
        Ok(request) => {
            let line = encode_request(&request);
            assert!(
                !line.contains('\n'),
                "an encoded request spans lines: {line}"
            );
            assert_eq!(decode_request(line.as_bytes()), Ok(request), "{line}");
        }
        Err(e) => assert!(!e.to_string().is_empty(), "an empty error for {data:?}"),
    }
});

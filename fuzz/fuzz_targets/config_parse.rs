//! Any bytes through the config parser: it must never panic, and every
//! error it reports must point at a line and column inside the file.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Err(errors) = unknot::config::parse(data, "fuzz.json") {
        assert!(!errors.errors.is_empty(), "an Err with no error in it");
        let text = String::from_utf8_lossy(data);
        let lines: Vec<&str> = text.split('\n').collect();
        for e in &errors.errors {
            let inside = e.line >= 1
                && e.column >= 1
                && lines
                    .get(e.line - 1)
                    .is_some_and(|l| e.column <= l.chars().count() + 1);
            assert!(inside, "an error outside the file: {e:?}");
            assert!(
                !e.message.trim().is_empty(),
                "an error with no message: {e:?}"
            );
        }
    }
});

//! `qrSvg`: a QR code of a text (a proposal's pinned link) drawn as an SVG
//! document with one path, no external reference, for a page under a strict
//! CSP (`img-src 'self' data:`) or inline in its markup. Drawn by
//! [`qrcodegen`] (Project Nayuki's), built into the API's module only: the
//! element's never holds it.

use core::fmt::Write as _;

use qrcodegen::{QrCode, QrCodeEcc};
use wasm_bindgen::prelude::*;

/// The quiet zone around the code, in modules: the 4 the standard asks for.
const QUIET: i32 = 4;

/// The SVG of `text`'s QR code (error correction level M, the version the
/// text needs), one unit per module with a quiet zone of four: black
/// modules as one path on a white square. `None` when the text is too long
/// for any version (over 2,331 bytes at level M).
#[must_use]
pub fn qr_svg_of(text: &str) -> Option<String> {
    let qr = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let size = qr.size();
    let side = size + 2 * QUIET;
    let mut path = String::new();
    for y in 0..size {
        let mut x = 0;
        while x < size {
            if !qr.get_module(x, y) {
                x += 1;
                continue;
            }
            // A run of dark modules on this row, as one rectangle.
            let start = x;
            while x < size && qr.get_module(x, y) {
                x += 1;
            }
            let _ = write!(
                path,
                "M{},{}h{}v1h-{}z",
                start + QUIET,
                y + QUIET,
                x - start,
                x - start
            );
        }
    }
    Some(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {side} {side}\" \
         shape-rendering=\"crispEdges\"><rect width=\"{side}\" height=\"{side}\" fill=\"#fff\"/>\
         <path fill=\"#000\" d=\"{path}\"/></svg>"
    ))
}

/// `qrSvg(text)`: the QR code of `text` (a pinned link) as an SVG document
/// (`<svg viewBox="0 0 N N">…</svg>`, black on white, quiet zone included,
/// no external reference; level M). An empty string when the text is too
/// long for a QR code (over 2,331 bytes).
#[wasm_bindgen(js_name = qrSvg)]
#[must_use]
#[allow(
    clippy::needless_pass_by_value,
    reason = "wasm-bindgen passes strings by value"
)]
pub fn qr_svg(text: String) -> String {
    qr_svg_of(&text).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_is_drawn_as_one_path_with_its_quiet_zone() {
        let svg = qr_svg_of("https://example.org/?v=1&role=drh").unwrap();
        // 33 bytes: version 3 at level M, 29 modules, plus 2 × 4 of quiet zone.
        assert!(
            svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 37 37\""),
            "{svg}"
        );
        assert_eq!(svg.matches("<path").count(), 1);
        assert!(!svg.contains("href"));
        // The top-left finder's first row: seven dark modules from (4, 4).
        assert!(svg.contains("d=\"M4,4h7v1h-7z"), "{svg}");
    }

    #[test]
    fn a_text_too_long_has_no_code() {
        assert_eq!(qr_svg_of(&"é".repeat(2000)), None);
        assert!(qr_svg_of(&"a".repeat(2000)).is_some());
    }
}

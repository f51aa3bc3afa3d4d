import Foundation
import Testing

@testable import Sunto

/// Colour contrast of both themes, by the WCAG 2 formula.
@Suite struct HTMLPaletteTests {
    /// Relative luminance of a `#rrggbb` colour.
    private func luminance(_ hex: String) -> Double {
        let value = Int(hex.dropFirst(), radix: 16) ?? 0
        let channels = [value >> 16, value >> 8 & 0xFF, value & 0xFF].map { Double($0) / 255 }
        let linear = channels.map { $0 <= 0.04045 ? $0 / 12.92 : pow(($0 + 0.055) / 1.055, 2.4) }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    }

    private func contrast(_ a: String, _ b: String) -> Double {
        let (x, y) = (luminance(a), luminance(b))
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }

    @Test(arguments: [("light", HTMLPalette.light), ("dark", HTMLPalette.dark)])
    func textHasEnoughContrastInTheme(_ name: String, _ palette: HTMLPalette) {
        let text: [(String, String, String)] = [
            ("text on background", palette.text, palette.background),
            ("text on surface", palette.text, palette.surface),
            ("muted on background", palette.muted, palette.background),
            ("muted on surface", palette.muted, palette.surface),
            ("link on background", palette.accent, palette.background),
            ("link on surface", palette.accent, palette.surface),
            ("term", palette.termText, palette.termBackground),
            ("chosen sentence", palette.text, palette.chosenBackground),
            ("muted on chosen sentence", palette.muted, palette.chosenBackground),
            ("failure", palette.failureText, palette.failureBackground),
            ("muted on failure", palette.muted, palette.failureBackground),
            ("link on failure", palette.accent, palette.failureBackground),
            ("tooltip", palette.background, palette.text),
        ]
        for (what, foreground, background) in text {
            #expect(contrast(foreground, background) >= 4.5, "\(name): \(what) is \(contrast(foreground, background)):1")
        }
        #expect(contrast(palette.text, palette.background) >= 7, "\(name): body text should reach AAA")
        for (what, colour) in [("focus ring", palette.focus), ("term underline", palette.termLine), ("repair underline", palette.repair)] {
            #expect(contrast(colour, palette.background) >= 3, "\(name): \(what) is \(contrast(colour, palette.background)):1")
        }
    }
}

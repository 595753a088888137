import Foundation

/// Sizes as the warnings write them: "8.0 MB".
enum RecordSize {
  static func text(_ bytes: Int) -> String {
    String(format: "%.1f MB", Double(bytes) / 1_048_576)
  }
}

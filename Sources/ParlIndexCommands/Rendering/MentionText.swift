import Extraction

/// Mentions as text for a person: one line each, with the line of its sentence.
enum MentionText {
  static func print(_ mentions: [Mention]) {
    for mention in mentions {
      Output.line("  \(mention.sentence.span.file):\(mention.sentence.span.line)  \(mention.text)")
    }
  }
}

import Corpus
import FrenchText

/// Finds typed mentions (references, dates, amounts, counts, percents, actors) in French text.
///
/// Passes run in the order of `french-expressions.md` §4.1: references, then dates, then
/// quantities; a token claimed by an earlier pass is never read again, so the numbers inside an
/// article number or a date never become counts. Relative dates are resolved against
/// `documentDate` only; without it they stay unresolved.
public struct MentionExtractor: Sendable {
  public init() {}

  /// The mentions of bare text, with UTF-8 ranges in `text`.
  public func mentions(in text: String, documentDate: CalendarDate?) -> [TextMention] {
    var context = DiscourseContext()
    return mentions(in: text, documentDate: documentDate, context: &context)
  }

  /// The mentions of bare text, reading and updating the discourse context.
  public func mentions(
    in text: String, documentDate: CalendarDate?, context: inout DiscourseContext
  ) -> [TextMention] {
    mentions(
      in: TokenView(tokens: Lexer.tokens(in: text)), text: text, date: documentDate,
      context: &context)
  }

  func mentions(
    in view: TokenView, text: String, date documentDate: CalendarDate?,
    context: inout DiscourseContext
  ) -> [TextMention] {
    mentions(
      in: view, text: text, date: documentDate, cues: SentenceCues(view, text: text),
      context: &context)
  }

  /// The mentions of a lexed sentence, whose `SentenceCues` are `cues`: a pass that nothing in
  /// the sentence can start is not run.
  func mentions(
    in view: TokenView, text: String, date documentDate: CalendarDate?, cues: SentenceCues,
    context: inout DiscourseContext
  ) -> [TextMention] {
    mentions(in: view, text: text, date: documentDate, cues: cues, context: &context) {
      TextMention(facts: $0, range: $1)
    }
  }

  /// The mentions of a lexed sentence, each made by `make` from its facts (their `text` set)
  /// and its UTF-8 range in `text`, in text order.
  func mentions<Made>(
    in view: TokenView, text: String, date documentDate: CalendarDate?, cues: SentenceCues,
    context: inout DiscourseContext, make: (MentionFacts, Range<Int>) -> Made
  ) -> [Made] {
    var claimed = [Bool](repeating: false, count: view.count)
    var found: [Found] = []
    for pass in Self.passes where cues.mayFind(pass) {
      let new = run(pass, view, &claimed, documentDate, &context)
      for item in new { for index in item.first..<item.end { claimed[index] = true } }
      if found.isEmpty { found = new } else { found.append(contentsOf: new) }
    }
    guard !found.isEmpty else { return [] }
    // Sorted by span, ties kept in pass order, moving indices rather than the facts.
    let order = found.indices.sorted {
      (found[$0].first, found[$0].end, $0) < (found[$1].first, found[$1].end, $1)
    }
    var text = text
    return text.withUTF8 { bytes in
      order.map { position in
        let range = view.byteRange(found[position].first, found[position].end - 1)
        // Each position comes once: its facts are moved out, not copied.
        var facts = MentionFacts(type: .date, text: "")
        swap(&facts, &found[position].facts)
        facts.text = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        return make(facts, range)
      }
    }
  }

  static let passes: [Pass] = [.references, .dates, .ratios, .quantities, .actors]

  /// The mentions of one sentence.
  public func mentions(in sentence: Sentence, documentDate: CalendarDate?) -> [Mention] {
    var context = DiscourseContext()
    return mentions(in: sentence, documentDate: documentDate, context: &context)
  }

  /// The mentions of one sentence, reading and updating the discourse context.
  public func mentions(
    in sentence: Sentence, documentDate: CalendarDate?, context: inout DiscourseContext
  ) -> [Mention] {
    mentions(in: sentence.text, documentDate: documentDate, context: &context).map {
      Mention(facts: $0.facts, sentence: sentence, textRange: $0.range)
    }
  }

  /// The funding relations of one sentence, linked to its `mentions` (amounts, dates). In a
  /// question (`inQuestion`), a sentence that asks ("demande", "souhaite", "?") states a
  /// request, never a commitment.
  public func funding(
    in sentence: Sentence, mentions: [Mention], inQuestion: Bool = false
  ) -> [FundingRelation] {
    funding(
      in: TokenView(tokens: Lexer.tokens(in: sentence.text)), sentence: sentence,
      mentions: mentions, inQuestion: inQuestion)
  }

  func funding(
    in view: TokenView, sentence: Sentence, mentions: [Mention], inQuestion: Bool
  ) -> [FundingRelation] {
    let asks =
      inQuestion
      && view.tokens.contains { $0.cues.contains(.request) || $0.text == "?" }
    return FundingScanner(view: view, sentence: sentence, mentions: mentions, requested: asks)
      .scan()
  }

  /// Mentions and funding relations of one sentence, lexed once.
  public func extract(
    _ sentence: Sentence, documentDate: CalendarDate?, context: inout DiscourseContext,
    inQuestion: Bool = false
  ) -> (mentions: [Mention], funding: [FundingRelation]) {
    extractLexed(sentence, documentDate: documentDate, context: &context, inQuestion: inQuestion)
      .found
  }

  /// `extract`, and the sentence's tokens (which `RecordExtractor` reads again for a
  /// follow-up sentence's qualifiers, without lexing it twice).
  func extractLexed(
    _ sentence: Sentence, documentDate: CalendarDate?, context: inout DiscourseContext,
    inQuestion: Bool
  ) -> (found: (mentions: [Mention], funding: [FundingRelation]), view: TokenView) {
    let view = TokenView(tokens: Lexer.tokens(in: sentence.text))
    let cues = SentenceCues(view, text: sentence.text)
    let found = mentions(
      in: view, text: sentence.text, date: documentDate, cues: cues, context: &context
    ) { Mention(facts: $0, sentence: sentence, textRange: $1) }
    // Without a trigger word, `FundingScanner.scan` finds nothing.
    guard cues.tokens.contains(.fundingTrigger) else { return ((found, []), view) }
    let funding = funding(in: view, sentence: sentence, mentions: found, inQuestion: inQuestion)
    return ((found, funding), view)
  }

  static let requestCues: WordTable<Bool> = ["demande", "souhaite", "interroge", "sollicite"]

  enum Pass { case references, dates, ratios, quantities, actors }

  func run(
    _ pass: Pass, _ view: TokenView, _ claimed: inout [Bool], _ date: CalendarDate?,
    _ context: inout DiscourseContext
  ) -> [Found] {
    switch pass {
    case .references:
      return ReferenceScanner(view: view, reference: date).scan(claimed: claimed, context: &context)
    case .dates:
      return DateScanner(view: view, reference: date).scan(claimed: claimed, context: &context)
    case .ratios: return RatioScanner.scan(view, claimed: claimed)
    case .quantities: return QuantityScanner.scan(view, claimed: claimed)
    case .actors: return ActorScanner.scan(view, claimed: claimed)
    }
  }
}

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
    var made: [TextMention] = []
    mentions(
      in: view, text: text, date: documentDate, cues: cues, context: &context, into: &made,
      maker: TextMentionMaker())
    return made
  }

  /// The mentions of a lexed sentence, each made by `maker` from its facts (their `text` set)
  /// and its UTF-8 range in `text`, appended to `made` in text order: each scanner's results
  /// stay in their own array (no copy of their facts to join them), the facts are moved out of
  /// them into `maker`, and the sort by span is skipped when the passes' spans are in order.
  /// The claimed flags and the array of groups are the thread's `ScanScratch` buffers, not
  /// arrays allocated at each sentence: the scanners get at least `view.count` flags, those
  /// past `view.count` false. The scanners' result arrays come from the same scratch
  /// (`takeFound`) and go back to it, emptied, with the groups.
  func mentions<Maker: ScanMentionMaker>(
    in view: TokenView, text: String, date documentDate: CalendarDate?, cues: SentenceCues,
    context: inout DiscourseContext, into made: inout [Maker.Made], maker: Maker
  ) {
    let scratch = ScanScratch.current
    var claimed = scratch.takeClaimed(count: view.count)
    var groups = scratch.takeGroups()
    var total = 0
    for pass in Self.passes where cues.mayFind(pass) {
      // Without "sur" or a fraction word, `RatioScanner.scan` finds nothing.
      if pass == .ratios, !cues.tokens.contains(.ratio) { continue }
      let new = run(pass, view, &claimed, documentDate, &context)
      // An empty result's array is kept for the next pass (`ScanScratch.takeFound`).
      guard !new.isEmpty else {
        scratch.give(found: new)
        continue
      }
      for item in new { for index in item.first..<item.end { claimed[index] = true } }
      total += new.count
      groups.append(new)
    }
    scratch.give(claimed: consume claimed, clearing: total > 0 ? view.count : 0)
    guard total > 0 else {
      scratch.give(groups: consume groups)
      return
    }
    // Room for this sentence's mentions, and more: growing by doubling from a small
    // array moved every mention of the document several times.
    if made.capacity - made.count < total {
      made.reserveCapacity(Swift.max(made.count + total, 2 * made.capacity, 32))
    }
    var text = text
    text.withUTF8 { bytes in
      Self.emitAll(&groups, view: view, bytes: bytes, into: &made, maker: maker)
    }
    scratch.give(groups: consume groups)
  }

  /// Appends to `made` the mentions of `groups` sorted by span (ties in pass order), moving
  /// each item out of its group: when every group is sorted (the usual case), each is
  /// reversed and its items popped from its end, merged by span, so that no placeholder is
  /// written in place of an item (and destroyed with its group). Otherwise the items are
  /// taken in `order(of:total:)`, an empty placeholder left in their place.
  static func emitAll<Maker: ScanMentionMaker>(
    _ groups: inout [[Found]], view: TokenView, bytes: UnsafeBufferPointer<UInt8>,
    into made: inout [Maker.Made], maker: Maker
  ) {
    guard groups.indices.allSatisfy({ isSorted(groups[$0]) }) else {
      let total = groups.reduce(0) { $0 + $1.count }
      for position in order(of: groups, total: total) {
        let (group, item) = (position >> 32, position & 0xFFFF_FFFF)
        groups[group][item].facts.text = Self.text(
          of: bytes, view.byteRange(groups[group][item].first, groups[group][item].end - 1))
        // Each position comes once: its facts are moved out, not copied.
        let found = groups[group].withUnsafeMutableBufferPointer { take(item, of: $0) }
        made.append(maker.make(found.facts, view.byteRange(found.first, found.end - 1)))
      }
      return
    }
    for group in groups.indices where groups[group].count > 1 {
      groups[group].withUnsafeMutableBufferPointer { reverse($0) }
    }
    while true {
      // The group whose next item comes first; ties go to the earlier pass.
      var best = -1
      var span = (Int.max, Int.max)
      for group in groups.indices {
        let count = groups[group].count
        guard count > 0 else { continue }
        // Read field by field: `last` would copy the whole item.
        let next = (groups[group][count - 1].first, groups[group][count - 1].end)
        if best < 0 || next < span {
          best = group
          span = next
        }
      }
      guard best >= 0 else { return }
      let range = view.byteRange(span.0, span.1 - 1)
      let end = groups[best].count - 1
      groups[best][end].facts.text = Self.text(of: bytes, range)
      // Popped from the end: moved out, not copied, and nothing is left in its place.
      let found = groups[best].removeLast()
      made.append(maker.make(found.facts, range))
    }
  }

  /// The text at UTF-8 offsets `range` of the sentence's `bytes` (on scalar boundaries of a
  /// valid `String`): a short one packed as a small string (`SmallString`: no validation, no
  /// allocation, and nothing to free with the record), a longer one copied.
  @inline(__always)
  static func text(of bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
    let count = range.count
    if count <= SmallString.capacity, count > 0, SmallString.available {
      // Read as two words (`TokenWords`), never past the sentence's end.
      let low = TokenWords.load(bytes, range.lowerBound, Swift.min(count, 8))
      let high = count > 8 ? TokenWords.load(bytes, range.lowerBound + 8, count - 8) : 0
      return SmallString.string(
        low: low, high: high, count: count, ascii: (low | high) & TokenWords.highBits == 0)
    }
    // One fast validity check instead of the standard library's (the same `String`).
    return TextRepairString.make(UnsafeBufferPointer(rebasing: bytes[range]))
  }

  /// Reverses `items` by moving them (`Array.reverse` copied each item it swapped and
  /// destroyed the copy).
  static func reverse(_ items: UnsafeMutableBufferPointer<Found>) { reverseMoving(items) }

  /// Whether `items` are sorted by span.
  static func isSorted(_ items: [Found]) -> Bool {
    guard items.count > 1 else { return true }
    for index in 1..<items.count
    where (items[index].first, items[index].end) < (items[index - 1].first, items[index - 1].end) {
      return false
    }
    return true
  }

  /// Moves the item at `index` out of `buffer`, leaving an empty placeholder in its place: a
  /// `let` moved into a `consuming` parameter is not copied, where a `var` of `MentionFacts`
  /// was (a copy and a destroy of the whole struct per mention).
  @inline(__always)
  static func take(_ index: Int, of buffer: UnsafeMutableBufferPointer<Found>) -> Found {
    let slot = buffer.baseAddress! + index
    let found = slot.move()
    slot.initialize(to: Found(facts: MentionFacts(type: .date, text: ""), first: 0, end: 0))
    return found
  }

  /// The positions (group << 32 | index) of `groups`' items sorted by span, ties kept in pass
  /// order; no sort when they already are.
  static func order(of groups: [[Found]], total: Int) -> [Int] {
    var order: [Int] = []
    order.reserveCapacity(total)
    var sorted = true
    var last = (Int.min, Int.min)
    for group in groups.indices {
      for index in groups[group].indices {
        order.append(group << 32 | index)
        let span = (groups[group][index].first, groups[group][index].end)
        if span < last { sorted = false }
        last = span
      }
    }
    guard !sorted else { return order }
    func span(_ position: Int) -> (Int, Int) {
      let (group, index) = (position >> 32, position & 0xFFFF_FFFF)
      return (groups[group][index].first, groups[group][index].end)
    }
    return order.sorted {
      let (left, right) = (span($0), span($1))
      return (left.0, left.1, $0) < (right.0, right.1, $1)
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
      mentions: mentions[...], inQuestion: inQuestion)
  }

  func funding(
    in view: TokenView, sentence: Sentence, mentions: ArraySlice<Mention>, inQuestion: Bool
  ) -> [FundingRelation] {
    let asks =
      inQuestion
      && view.tokens.contains {
        // Only a symbol can be "?": no string made and compared for a word or a number.
        $0.cues.contains(.request) || ($0.kind == .symbol && $0.text == "?")
      }
    return FundingScanner(view: view, sentence: sentence, mentions: mentions, requested: asks)
      .scan()
  }

  /// Mentions and funding relations of one sentence, lexed once.
  public func extract(
    _ sentence: Sentence, documentDate: CalendarDate?, context: inout DiscourseContext,
    inQuestion: Bool = false
  ) -> (mentions: [Mention], funding: [FundingRelation]) {
    var mentions: [Mention] = []
    let found = extractLexed(
      sentence, documentDate: documentDate, context: &context, inQuestion: inQuestion,
      into: &mentions)
    return (mentions, found.funding)
  }

  /// `extract`, its mentions appended to `mentions` (no intermediate array), and the
  /// sentence's tokens (which `RecordExtractor` reads again for a follow-up sentence's
  /// qualifiers, without lexing it twice). Lexed once, its `SentenceCues` gathered by the
  /// lexer.
  func extractLexed(
    _ sentence: Sentence, documentDate: CalendarDate?, context: inout DiscourseContext,
    inQuestion: Bool, into mentions: inout [Mention]
  ) -> (funding: [FundingRelation], view: TokenView) {
    var tokens: [TextToken] = []
    return withUnsafePointer(to: sentence) {
      extractLexed(
        $0, documentDate: documentDate, context: &context, inQuestion: inQuestion,
        into: &mentions, tokens: &tokens, tables: Lexer.Tables())
    }
  }

  /// `extractLexed` of the sentence at `sentence`, read in place (`RecordExtractor` points
  /// into the section's array): passed by value, it was copied and destroyed at each sentence.
  /// Its tokens are lexed into `tokens` (`Lexer.lex(_:into:with:)`), the caller's array kept
  /// from sentence to sentence, which the returned view shares until the caller drops it.
  func extractLexed(
    _ sentence: UnsafePointer<Sentence>, documentDate: CalendarDate?,
    context: inout DiscourseContext, inQuestion: Bool, into mentions: inout [Mention],
    tokens: inout [TextToken], tables: Lexer.Tables
  ) -> (funding: [FundingRelation], view: TokenView) {
    // The text is loaded once (each `sentence.pointee.text` argument was a retain and a release).
    let text = sentence.pointee.text
    let cues = Lexer.lex(text, into: &tokens, with: tables)
    let view = TokenView(tokens: tokens)
    let start = mentions.count
    self.mentions(
      in: view, text: text, date: documentDate, cues: cues,
      context: &context, into: &mentions, maker: SentenceMaker(sentence: sentence))
    // Without a trigger word, `FundingScanner.scan` finds nothing.
    guard cues.tokens.contains(.fundingTrigger) else { return ([], view) }
    // The sentence's mentions are read in place (a slice): no copy of them.
    let funding = funding(
      in: view, sentence: sentence.pointee, mentions: mentions[start...], inQuestion: inQuestion)
    return (funding, view)
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

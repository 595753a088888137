import Answers

/// The timeline drawn as an inline SVG time axis: one row per event, oldest first; a day is a
/// dot, a period (month, quarter, season, half-year, year, "fin 2024") a bar over the days it
/// covers; a date that documents dispute is ringed in red, with the other date drawn in red on
/// the same row and both dates in the label. Every mark links to its source sentence.
struct SVGTimeline {
  static let width = 960.0
  static let margin = 24.0
  static let axisY = 34.0
  static let firstRowY = 58.0
  static let rowHeight = 26.0
  static let dayRadius = 5.0
  static let barHeight = 12.0

  var events: [TimelineEvent]
  var sources: ReportSources
  var scale: TimelineScale

  init(events: [TimelineEvent], sources: ReportSources) {
    self.events = events
    self.sources = sources
    let spans = events.flatMap { event in
      [TimelineSpan(event.date, mod: event.mod)] + event.conflicts.map { TimelineSpan($0.date) }
    }
    scale = TimelineScale(
      spans: spans, left: Self.margin, right: Self.width - Self.margin)
  }

  var height: Double { Self.firstRowY + Double(events.count) * Self.rowHeight }

  /// The `<svg>` element; empty when there is no event.
  func svg() -> String {
    guard !events.isEmpty else { return "" }
    let size = "viewBox=\"0 0 \(Self.number(Self.width)) \(Self.number(height))\""
    var lines = [
      "<svg class=\"timeline\" \(size) role=\"img\" "
        + "aria-labelledby=\"timeline-title\" preserveAspectRatio=\"xMinYMin meet\">",
      "<title id=\"timeline-title\">Chronologie : \(events.count) événement(s) sur un axe du "
        + "temps</title>",
    ]
    lines += axis()
    for (index, event) in events.enumerated() {
      lines += row(event, y: Self.firstRowY + Double(index) * Self.rowHeight)
    }
    lines.append("</svg>")
    return lines.joined(separator: "\n")
  }

  /// The axis line, a gridline and label per year, a small tick per month on short ranges.
  func axis() -> [String] {
    var lines = [
      line("axis", scale.left, Self.axisY, scale.right, Self.axisY)
    ]
    let bottom = height - 4
    if scale.years.count <= 6 {
      for tick in scale.months where !scale.years.contains(where: { $0.day == tick }) {
        let x = scale.x(tick)
        lines.append(line("tick", x, Self.axisY - 3, x, Self.axisY + 3))
      }
    }
    for year in scale.years {
      let x = scale.x(year.day)
      lines.append(line("grid", x, Self.axisY - 8, x, bottom))
      lines.append(
        "<text class=\"year\" x=\"\(Self.number(x + 3))\" y=\"\(Self.number(Self.axisY - 12))\">"
          + "\(year.year)</text>")
    }
    return lines
  }

  func line(_ cssClass: String, _ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double) -> String {
    "<line class=\"\(cssClass)\" x1=\"\(Self.number(x1))\" y1=\"\(Self.number(y1))\" "
      + "x2=\"\(Self.number(x2))\" y2=\"\(Self.number(y2))\"/>"
  }

  /// One event: its mark, the marks of its disputed dates, and its label.
  func row(_ event: TimelineEvent, y: Double) -> [String] {
    let span = TimelineSpan(event.date, mod: event.mod)
    let kind = ReportText.kind(event.kind)
    let date = TimelineDateText.french(event.date, mod: event.mod, relation: event.relation)
    let conflicted = !event.conflicts.isEmpty
    var title = "\(date) · \(kind) · \(event.summary)"
    var label = "\(date) · \(kind)"
    if conflicted {
      let others = event.conflicts.map { TimelineDateText.french($0.date) }
      label =
        "⚠ \(TimelineDateText.french(event.date)) ≠ \(others.joined(separator: " ≠ ")) · "
        + kind
      title = "Dates en désaccord : " + ReportText.conflictText(event) + " · " + event.summary
    }
    var cssClass = "mark k-\(event.kind.rawValue)"
    if conflicted { cssClass += " disputed" }
    var lines = [
      link(event.sources.first, title: title, mark(span, y: y, cssClass: cssClass))
    ]
    var right = scale.x(span.end)
    var leftmost = scale.x(span.start)
    for conflict in event.conflicts {
      let other = TimelineSpan(conflict.date)
      right = max(right, scale.x(other.end))
      leftmost = min(leftmost, scale.x(other.start))
      let otherTitle = "Autre date donnée : \(TimelineDateText.french(conflict.date))"
      lines.append(
        link(conflict.sources.first, title: otherTitle, conflictMark(other, y: y)))
    }
    lines.append(labelText(label, y: y, left: leftmost, right: right, disputed: conflicted))
    return lines
  }

  /// A dot for a day, a bar over its days for a period; a red ring around a disputed date.
  func mark(_ span: TimelineSpan, y: Double, cssClass: String) -> String {
    let start = scale.x(span.start)
    let end = scale.x(span.end)
    let precision = span.isDay ? "day" : "period"
    var shape: String
    if span.isDay {
      let x = Self.number((start + end) / 2)
      shape =
        "<circle class=\"\(cssClass) day\" data-precision=\"day\" cx=\"\(x)\" "
        + "cy=\"\(Self.number(y))\" r=\"\(Self.number(Self.dayRadius))\"/>"
      if cssClass.contains("disputed") {
        shape +=
          "<circle class=\"ring\" cx=\"\(x)\" cy=\"\(Self.number(y))\" "
          + "r=\"\(Self.number(Self.dayRadius + 3))\"/>"
      }
    } else {
      shape =
        "<rect class=\"\(cssClass) span\" data-precision=\"\(precision)\" "
        + "x=\"\(Self.number(start))\" y=\"\(Self.number(y - Self.barHeight / 2))\" "
        + "width=\"\(Self.number(max(2, end - start)))\" height=\"\(Self.number(Self.barHeight))\" "
        + "rx=\"2\"/>"
    }
    return shape
  }

  /// The other date of a disputed event: a red bar for a period; for a day, a red stroke taller
  /// than the dot, so that it shows even a day away from the ringed date.
  func conflictMark(_ span: TimelineSpan, y: Double) -> String {
    guard span.isDay else { return mark(span, y: y, cssClass: "conflict") }
    let x = (scale.x(span.start) + scale.x(span.end)) / 2
    return "<rect class=\"conflict tick\" data-precision=\"day\" x=\"\(Self.number(x - 1.5))\" "
      + "y=\"\(Self.number(y - 11))\" width=\"3\" height=\"22\"/>"
  }

  func link(_ source: AnswerSource?, title: String, _ shape: String) -> String {
    let tooltip = "<title>\(HTMLEscape.escape(title))</title>"
    guard let source, let number = sources.number(source.documentID, source.sentence) else {
      return "<g>\(tooltip)\(shape)</g>"
    }
    return "<a href=\"#src-\(number)\">\(tooltip)\(shape)</a>"
  }

  /// The label beside the marks: on their right, or on their left when they end past 60 % of
  /// the width; on whichever side it fits, and inside the right edge when it fits on neither.
  func labelText(_ text: String, y: Double, left: Double, right: Double, disputed: Bool)
    -> String
  {
    // About 7 px per character at 13 px.
    let needed = Double(text.count) * 7 + 9
    let fitsLeft = left - needed >= 0
    let fitsRight = right + needed <= Self.width
    let preferLeft = right > scale.left + (scale.right - scale.left) * 0.6
    var x = right + 9
    var anchorEnd = false
    if (preferLeft && fitsLeft) || (!fitsRight && fitsLeft) {
      (x, anchorEnd) = (left - 9, true)
    } else if !fitsRight {
      (x, anchorEnd) = (Self.width - 2, true)
    }
    let anchor = anchorEnd ? " text-anchor=\"end\"" : ""
    let cssClass = disputed ? "label disputed" : "label"
    return "<text class=\"\(cssClass)\" x=\"\(Self.number(x))\" y=\"\(Self.number(y + 4))\""
      + "\(anchor)>\(HTMLEscape.escape(text))</text>"
  }

  /// A coordinate with at most two decimals, in the C locale ("12.5").
  static func number(_ value: Double) -> String {
    let rounded = (value * 100).rounded() / 100
    if rounded == rounded.rounded() { return String(Int(rounded)) }
    return String(rounded)
  }
}

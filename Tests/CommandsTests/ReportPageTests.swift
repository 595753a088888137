import Foundation
import FoundationXML
import Testing

@testable import ParlIndexCommands

/// The page of the shipped corpus, checked as markup: well-formed, self-contained, every link
/// resolved on the page, the drawing and the three tables present, disagreements marked.
@Suite struct ReportPageTests {
  static let page = ReportFixtures.corpusPage

  @Test func parsesAsXML() throws {
    let document = try XMLDocument(xmlString: Self.page, options: [])
    let root = try #require(document.rootElement())
    #expect(root.name == "html")
    #expect(try root.nodes(forXPath: "//svg").count == 1)
    #expect(try root.nodes(forXPath: "//table").count == 3)
    #expect(try root.nodes(forXPath: "//style").count == 1)
    #expect(try root.nodes(forXPath: "//script").isEmpty)
  }

  @Test func everyLinkPointsToAnAnchorOnThePage() throws {
    let document = try XMLDocument(xmlString: Self.page, options: [])
    let hrefs = try document.nodes(forXPath: "//@href").compactMap(\.stringValue)
    let ids = try document.nodes(forXPath: "//@id").compactMap(\.stringValue)
    #expect(Set(ids).count == ids.count, "duplicate ids")
    #expect(!hrefs.isEmpty)
    for href in hrefs {
      #expect(href.hasPrefix("#"), "external link \(href)")
      #expect(ids.contains(String(href.dropFirst())), "no anchor for \(href)")
    }
    let sources = ids.filter { $0.hasPrefix("src-") }
    #expect(sources.count > 20)
    for id in sources { #expect(hrefs.contains("#" + id), "\(id) is never cited") }
  }

  @Test func loadsNothingFromOutside() {
    let lowered = Self.page.lowercased()
    for needle in ["http://", "https://", "//www.", " src=", "url(", "@import", "<script", "<link"]
    {
      #expect(!lowered.contains(needle), "found \(needle)")
    }
    #expect(Self.page.contains("default-src 'none'"))
  }

  @Test func holdsTheTimelineTheTablesAndTheSources() {
    for needle in [
      "<svg class=\"timeline\"", "<table class=\"events stack\">",
      "<table class=\"figures stack\">",
      "<table class=\"funding stack\">", "<section id=\"sources\">", "<mark>",
      "<meta charset=\"utf-8\"/>", "@media print", "@media (max-width: 640px)",
    ] {
      #expect(Self.page.contains(needle), "missing \(needle)")
    }
  }

  @Test func marksAgreementDisagreementAndTheDisputedDate() {
    #expect(Self.page.contains("✓ concordant"))
    #expect(Self.page.contains("✗ désaccord"))
    #expect(Self.page.contains("class=\"ring\""))
    #expect(Self.page.contains("25 juin 2024 ≠ 26 juin 2024"))
    #expect(Self.page.contains("<tr class=\"disputed\">"))
  }

  @Test func sourcesShowTheirContextAndLocation() {
    let sources = Self.page.components(separatedBy: "<section id=\"sources\">").last ?? ""
    #expect(sources.contains("class=\"context\""))
    #expect(sources.contains("AN-17-QE-3175.md:15"))
    #expect(sources.contains("<h3>AN-17-QE-3175 — Prime Ségur</h3>"))
  }

  @Test func theDateIsLeftOutUnlessGiven() {
    #expect(!Self.page.contains("généré le"))
    let dated = HTMLReport(
      topic: "x", generated: "1er janvier 1970", records: [], topicTerms: nil
    ).page()
    #expect(dated.contains("généré le 1er janvier 1970"))
    #expect(dated.contains("Aucun événement daté."))
  }

  @Test func theTitleAndTopicAreEscaped() throws {
    let page = HTMLReport(title: "<T> & 'x'", topic: "a < b", records: [], topicTerms: nil).page()
    #expect(page.contains("<title>&lt;T&gt; &amp; &#39;x&#39;</title>"))
    #expect(page.contains("« a &lt; b »"))
    _ = try XMLDocument(xmlString: page, options: [])
  }
}

import Testing

@Test func extractionTargetBuilds() {
  #expect(Bool(true))
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
@testable import EvidentAnalysis

@Suite("Brent root finder")
struct BrentTests {
    @Test("finds the root of cos x = x (the Dottie number 0.739085133215160641655…)")
    func dottie() {
        let root = Brent.root(in: (0, 1)) { cos($0) - $0 }
        #expect(isClose(root, 0.739_085_133_215_160_6, relative: 1e-15))
    }

    @Test("finds √2 and stays inside its bracket")
    func squareRoot() {
        let root = Brent.root(in: (0, 10)) { $0 * $0 - 2 }
        #expect(isClose(root, 2.0.squareRoot(), relative: 1e-15))
    }

    @Test("a bracket without a sign change has no root")
    func noSignChange() {
        #expect(Brent.root(in: (2, 3)) { $0 * $0 - 2 } == nil)
    }
}

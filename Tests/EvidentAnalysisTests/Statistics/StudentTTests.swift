import Testing
@testable import EvidentAnalysis

@Suite("Student t distribution")
struct StudentTTests {
    // scipy 1.17.1: stats.t.cdf(t, df)
    @Test("cdf matches scipy", arguments: [
        (-3.0, 1.0, 0.10241638234956672),
        (0.5, 1.0, 0.6475836176504333),
        (2.0, 2.0, 0.908248290463863),
        (-2.5, 3.5, 0.03784732190474501),
        (1.7, 9.0, 0.9383261689280881),
        (-4.0, 30.0, 0.0001909228180418782),
        (2.1, 100.0, 0.9808773720893595),
        (0.3, 1000.0, 0.617880247916378),
        (-5.0, 1e5, 2.8713508393208397e-07),
        (3.0, 1e6, 0.9986500687292891),
        (-40.0, 5.0, 9.205981085886477e-08),
        (0.0, 7.0, 0.5),
    ])
    func cdf(t: Double, df: Double, expected: Double) {
        #expect(isClose(StudentT.cdf(t, degreesOfFreedom: df), expected, relative: 1e-12))
        #expect(isClose(StudentT.survival(-t, degreesOfFreedom: df), expected, relative: 1e-12))
    }

    // scipy 1.17.1: stats.t.ppf(p, df)
    @Test("quantile matches scipy", arguments: [
        (0.975, 1.0, 12.706204736174694), (0.975, 2.0, 4.302652729749462),
        (0.975, 3.0, 3.1824463052837078), (0.975, 4.5, 2.6589123472044034),
        (0.975, 9.0, 2.262157162798205), (0.975, 29.0, 2.045229642132703),
        (0.975, 159.0, 1.9749962127674756), (0.975, 1000.0, 1.9623390808264083),
        (0.975, 1e5, 1.9599877075346095),
        (0.995, 1.0, 63.656741162871526), (0.995, 2.0, 9.924843200918287),
        (0.995, 3.0, 5.840909309733355), (0.995, 4.5, 4.272823993011293),
        (0.995, 9.0, 3.249835541592126), (0.995, 29.0, 2.756385903670605),
        (0.995, 159.0, 2.607103489238464), (0.995, 1000.0, 2.580754698065951),
        (0.995, 1e5, 2.575878469908375),
        (0.6, 1.0, 0.32491969623290634), (0.6, 2.0, 0.2886751345948128),
        (0.6, 3.0, 0.2766706623326898), (0.6, 4.5, 0.2687518355421751),
        (0.6, 9.0, 0.260955336473911), (0.6, 29.0, 0.25568363457125604),
        (0.6, 159.0, 0.2537714355233532), (0.6, 1000.0, 0.25341451583949876),
        (0.6, 1e5, 0.25334777715718015),
        (1e-6, 1.0, -318309.8861827435), (1e-6, 2.0, -707.1057205259339),
        (1e-6, 3.0, -103.29946778041935), (1e-6, 4.5, -31.081356583149244),
        (1e-6, 9.0, -10.7201604099095), (1e-6, 29.0, -5.917105540459563),
        (1e-6, 159.0, -4.935625808476938), (1e-6, 1000.0, -4.781608620458351),
        (1e-6, 1e5, -4.753704716391288),
    ])
    func quantile(p: Double, df: Double, expected: Double) {
        #expect(isClose(StudentT.quantile(p, degreesOfFreedom: df), expected, relative: 1e-10))
    }

    // mpmath 1.3.0, 50 digits: P(T < −t) = ½·betainc(ν/2, ½, 0, ν/(ν + t²)) (reference_values.py).
    // Above ν = 1000 the tail is integrated from the density; these check that path and far tails.
    @Test("large ν and far tails match mpmath", arguments: [
        (-2.0, 1e8, 0.022750133297953376),
        (-8.5, 1e10, 9.4795360933290125e-18),
        (-37.0, 1e10, 5.7258398866334475e-300),
        (-5.0, 3000.0, 3.0312635719088303e-7),
    ])
    func largeDegreesOfFreedom(t: Double, df: Double, expected: Double) {
        #expect(isClose(StudentT.cdf(t, degreesOfFreedom: df), expected, relative: 1e-12))
    }

    @Test("quantiles for large ν and in the far tail")
    func extremeQuantiles() {
        // scipy 1.17.1: stats.t.ppf(0.975, 1e8) and (0.975, 1e10); mpmath 1.3.0 agrees to 16 digits.
        #expect(isClose(StudentT.quantile(0.975, degreesOfFreedom: 1e8), 1.9599640082627663, relative: 1e-12))
        #expect(isClose(StudentT.quantile(0.975, degreesOfFreedom: 1e10), 1.959963984777281, relative: 1e-12))
        // ν = 1 is the Cauchy distribution, quantile −cot(πp): −3.183098861837907e299 at p = 1e-300.
        #expect(isClose(StudentT.quantile(1e-300, degreesOfFreedom: 1), -3.183098861837907e299, relative: 1e-12))
        // Beyond the largest Double: undefined rather than a wrong finite number.
        #expect(StudentT.quantile(1e-300, degreesOfFreedom: 0.1) == nil)
    }

    @Test("critical value, two-sided p and the normal limit")
    func criticalValueAndLimits() {
        // scipy 1.17.1: stats.t.ppf(0.975, 9) -> 2.262157162798205
        #expect(isClose(StudentT.criticalValue(confidence: 0.95, degreesOfFreedom: 9), 2.262157162798205, relative: 1e-10))
        // scipy 1.17.1: 2 * stats.t.cdf(-4, 30) -> 2 * 0.0001909228180418782
        #expect(isClose(StudentT.twoSidedP(t: 4, degreesOfFreedom: 30), 2 * 0.0001909228180418782, relative: 1e-12))
        #expect(StudentT.twoSidedP(t: 0, degreesOfFreedom: 3) == 1)
        // ν = ∞ is the normal distribution (scipy 1.17.1: stats.norm.ppf(0.975) -> 1.959963984540054).
        #expect(isClose(StudentT.quantile(0.975, degreesOfFreedom: .infinity), 1.959963984540054, relative: 1e-14))
        #expect(StudentT.quantile(0.5, degreesOfFreedom: 4) == 0)
        #expect(StudentT.cdf(.infinity, degreesOfFreedom: 4) == 1)
        #expect(StudentT.cdf(-.infinity, degreesOfFreedom: 4) == 0)
    }

    @Test("undefined arguments give nil")
    func undefined() {
        #expect(StudentT.cdf(1, degreesOfFreedom: 0) == nil)
        #expect(StudentT.cdf(1, degreesOfFreedom: -2) == nil)
        #expect(StudentT.cdf(.nan, degreesOfFreedom: 2) == nil)
        #expect(StudentT.quantile(0, degreesOfFreedom: 5) == nil)
        #expect(StudentT.quantile(1, degreesOfFreedom: 5) == nil)
        #expect(StudentT.quantile(0.9, degreesOfFreedom: 0) == nil)
        #expect(StudentT.criticalValue(confidence: 1.2, degreesOfFreedom: 5) == nil)
    }
}

using Bogus;

namespace Muhtar.Pos.Demo;

/// <summary>Draws the demo data needs beyond Bogus's own: weighted picks and Poisson counts, all from one seeded <see cref="Randomizer"/>.</summary>
internal static class DemoRandom
{
    /// <summary>An index into <paramref name="weights"/>, chosen with probability proportional to its weight.</summary>
    public static int PickIndex(this Randomizer random, IReadOnlyList<double> weights, double totalWeight)
    {
        var target = random.Double() * totalWeight;
        for (var i = 0; i < weights.Count; i++)
        {
            target -= weights[i];
            if (target < 0)
            {
                return i;
            }
        }

        return weights.Count - 1;
    }

    /// <summary>A Poisson-distributed count with mean <paramref name="mean"/> (Knuth below 30, a rounded normal above).</summary>
    public static int Poisson(this Randomizer random, double mean)
    {
        if (mean <= 0)
        {
            return 0;
        }

        if (mean > 30)
        {
            // Box–Muller: close enough to Poisson for large means and far cheaper.
            var u1 = 1.0 - random.Double();
            var u2 = random.Double();
            var normal = Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
            return Math.Max(0, (int)Math.Round(mean + (normal * Math.Sqrt(mean))));
        }

        var limit = Math.Exp(-mean);
        var count = 0;
        var product = random.Double();
        while (product > limit)
        {
            count++;
            product *= random.Double();
        }

        return count;
    }
}

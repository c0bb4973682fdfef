namespace Muhtar.Loyalty.Accounts;

/// <summary>Splits an amount over weights so the parts always add up to it exactly (largest remainder).</summary>
internal static class Proportion
{
    /// <summary>Parts of <paramref name="total"/> pro rata to <paramref name="weights"/> (negative weights count as 0);
    /// when every weight is 0 the parts are split evenly. Ties in the remainder go to the earlier index.</summary>
    public static long[] Split(long total, IReadOnlyList<long> weights)
    {
        var parts = new long[weights.Count];
        if (weights.Count == 0 || total == 0)
        {
            return parts;
        }

        var w = weights.Select(x => Math.Max(0, x)).ToArray();
        if (w.All(x => x == 0))
        {
            Array.Fill(w, 1);
        }

        Int128 sum = 0;
        foreach (var x in w)
        {
            sum += x;
        }

        var remainders = new Int128[w.Length];
        long given = 0;
        for (var i = 0; i < w.Length; i++)
        {
            var exact = (Int128)total * w[i];
            parts[i] = (long)(exact / sum);
            remainders[i] = exact % sum;
            given += parts[i];
        }

        var left = total - given;
        foreach (var i in Enumerable.Range(0, w.Length).OrderByDescending(i => remainders[i]).ThenBy(i => i).Take((int)Math.Abs(left)))
        {
            parts[i] += Math.Sign(left);
        }

        return parts;
    }

    /// <summary>The share of <paramref name="amount"/> that <paramref name="part"/> of <paramref name="whole"/> stands
    /// for, rounded down, and exactly all of it once the whole is reached (so partial returns add up).</summary>
    public static long Share(long amount, long part, long whole) =>
        whole <= 0 || part >= whole ? amount : (long)((Int128)amount * Math.Max(0, part) / whole);
}

using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Muhtar.Platform.Data;

namespace Muhtar.Pos.Promotions.Coupons;

/// <summary>
/// New coupon codes: 8 characters a customer can read out and a cashier can type, from an alphabet
/// without look-alikes (no 0/O, 1/I/L). 31^8 ≈ 8.5·10^11 codes, drawn with a cryptographic generator so
/// codes cannot be guessed from one another; a clash with a stored code (unique per business) is redrawn.
/// </summary>
internal sealed class CouponCodes
{
    public const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public const int Length = 8;

    public static string Draw() => RandomNumberGenerator.GetString(Alphabet, Length);

    public async Task<string> NewAsync(MuhtarDbContext db, CancellationToken cancellationToken) =>
        (await NewAsync(db, 1, cancellationToken))[0];

    /// <summary><paramref name="count"/> distinct codes that no coupon of the business has yet.</summary>
    public async Task<IReadOnlyList<string>> NewAsync(MuhtarDbContext db, int count, CancellationToken cancellationToken)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        while (codes.Count < count)
        {
            var drawn = Enumerable.Range(0, count - codes.Count).Select(_ => Draw()).Where(c => !codes.Contains(c)).Distinct().ToList();
            var taken = await db.Set<Coupon>().Where(c => drawn.Contains(c.Code)).Select(c => c.Code).ToListAsync(cancellationToken);
            codes.UnionWith(drawn.Except(taken));
        }

        return codes.ToList();
    }
}

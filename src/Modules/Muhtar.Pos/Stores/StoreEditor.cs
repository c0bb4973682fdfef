using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Muhtar.Platform.Data;
using Muhtar.Platform.Errors;
using Muhtar.Platform.Identity;
using Muhtar.Pos.Catalog.Editing;
using Muhtar.Pos.Receipts;

namespace Muhtar.Pos.Stores;

/// <summary>
/// Stores and their tills (P3). Codes are what tills send and what till keys are bound to, so a code a live
/// key points at cannot change or disappear (revoke the key first), and a till with receipts stays.
/// </summary>
internal sealed class StoreEditor(IDbContextFactory<MuhtarDbContext> factory, IStringLocalizer<CatalogEditingResource> l)
{
    public const int MaxCode = TillBinding.MaxCodeLength;

    public async Task<IReadOnlyList<StoreDetails>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await Details(db, db.Set<Store>()).ToListAsync(ct);
    }

    public async Task<StoreDetails?> GetAsync(Guid id, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await Details(db, db.Set<Store>().Where(s => s.Id == id)).SingleOrDefaultAsync(ct);
    }

    public async Task<Guid> CreateAsync(StoreRequest request, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var (code, name, city, district) = Check(request);
        await CheckCodeFreeAsync(db, code, null, ct);
        var store = db.Add(new Store(code, name, city, district, request.IsOnline)).Entity;
        await db.SaveChangesAsync(ct);
        return store.Id;
    }

    public async Task UpdateAsync(Guid id, StoreRequest request, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var store = await db.Set<Store>().SingleOrDefaultAsync(s => s.Id == id, ct) ?? throw NotFound("id");
        var (code, name, city, district) = Check(request);
        if (code != store.Code)
        {
            await CheckCodeFreeAsync(db, code, id, ct);
            await CheckNoLiveKeyAsync(db, store.Code, null, "code", ct);
        }

        store.Change(code, name, city, district, request.IsOnline);
        await db.SaveChangesAsync(ct);
    }

    public async Task<TillItem> AddTillAsync(Guid storeId, TillRequest request, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var store = await db.Set<Store>().SingleOrDefaultAsync(s => s.Id == storeId, ct) ?? throw NotFound("id");
        var code = await CheckTillCodeAsync(db, store.Id, request.Code, null, ct);
        var till = db.Add(new Till(store.Id, code)).Entity;
        await db.SaveChangesAsync(ct);
        return new TillItem(till.Id, till.Code);
    }

    public async Task RenameTillAsync(Guid tillId, TillRequest request, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var (till, store) = await FindTillAsync(db, tillId, ct);
        var code = await CheckTillCodeAsync(db, store.Id, request.Code, till.Id, ct);
        if (code != till.Code)
        {
            // Receipts keep the code printed on them; only a key bound to the old code would silently stop working.
            await CheckNoLiveKeyAsync(db, store.Code, till.Code, "code", ct);
            till.Rename(code);
            await db.SaveChangesAsync(ct);
        }
    }

    public async Task DeleteTillAsync(Guid tillId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var (till, store) = await FindTillAsync(db, tillId, ct);
        if (await db.Set<Receipt>().AnyAsync(r => r.StoreId == store.Id && r.TillCode == till.Code, ct))
        {
            throw new RuleViolation("id", l["Till.HasReceipts", till.Code], 409);
        }

        await CheckNoLiveKeyAsync(db, store.Code, till.Code, "id", ct);
        db.Remove(till);
        await db.SaveChangesAsync(ct);
    }

    private static IQueryable<StoreDetails> Details(MuhtarDbContext db, IQueryable<Store> stores) =>
        stores.AsNoTracking().OrderBy(s => s.Code).Select(s => new StoreDetails(s.Id, s.Code, s.Name, s.City, s.District, s.IsOnline,
            db.Set<Till>().Where(t => t.StoreId == s.Id).OrderBy(t => t.Code).Select(t => new TillItem(t.Id, t.Code)).ToList()));

    private async Task<(Till Till, Store Store)> FindTillAsync(MuhtarDbContext db, Guid tillId, CancellationToken ct)
    {
        var till = await db.Set<Till>().SingleOrDefaultAsync(t => t.Id == tillId, ct) ?? throw NotFound("id");
        var store = await db.Set<Store>().SingleAsync(s => s.Id == till.StoreId, ct);
        return (till, store);
    }

    private (string Code, string Name, string City, string District) Check(StoreRequest request)
    {
        var errors = new FieldErrors();
        var code = Code(request.Code, "code", errors);
        var name = Text(request.Name, 200, "name", required: true, errors);
        var city = Text(request.City, 100, "city", required: false, errors);
        var district = Text(request.District, 100, "district", required: false, errors);
        errors.ThrowIfAny();
        return (code, name, city, district);
    }

    private string Code(string? value, string field, FieldErrors errors)
    {
        var code = Text(value, MaxCode, field, required: true, errors);
        if (code.Any(char.IsWhiteSpace))
        {
            errors.Add(field, l["Code.Spaces"]);
        }

        return code;
    }

    private string Text(string? value, int max, string field, bool required, FieldErrors errors)
    {
        var text = value?.Trim() ?? "";
        if (required && text.Length == 0)
        {
            errors.Add(field, l["Field.Required"]);
        }
        else if (text.Length > max)
        {
            errors.Add(field, l["Field.TooLong", max]);
        }

        return text;
    }

    private async Task CheckCodeFreeAsync(MuhtarDbContext db, string code, Guid? id, CancellationToken ct)
    {
        if (await db.Set<Store>().AnyAsync(s => s.Code == code && s.Id != id, ct))
        {
            throw new RuleViolation("code", l["Store.CodeTaken", code], 409);
        }
    }

    private async Task<string> CheckTillCodeAsync(MuhtarDbContext db, Guid storeId, string? value, Guid? tillId, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var code = Code(value, "code", errors);
        errors.ThrowIfAny();
        if (await db.Set<Till>().AnyAsync(t => t.StoreId == storeId && t.Code == code && t.Id != tillId, ct))
        {
            throw new RuleViolation("code", l["Till.CodeTaken", code], 409);
        }

        return code;
    }

    /// <summary>A live till key bound to this store (or to this till, when <paramref name="tillCode"/> is given) blocks the change.</summary>
    private async Task CheckNoLiveKeyAsync(MuhtarDbContext db, string storeCode, string? tillCode, string field, CancellationToken ct)
    {
        var keys = db.Set<ApiKey>().Where(k => k.StoreCode == storeCode && k.RevokedAt == null);
        if (tillCode is not null)
        {
            keys = keys.Where(k => k.TillCode == tillCode);
        }

        if (await keys.AnyAsync(ct))
        {
            throw new RuleViolation(field, l["Keys.Bound"], 409);
        }
    }

    private RuleViolation NotFound(string field) => new(field, l["Store.NotFound"], 404);
}

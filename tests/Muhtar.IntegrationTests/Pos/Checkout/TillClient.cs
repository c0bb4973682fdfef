using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.Platform.Data;
using Muhtar.Platform.Tenancy;
using Muhtar.Pos.Stores;

namespace Muhtar.IntegrationTests.Pos.Checkout;

/// <summary>Calls the till API as a till does, and reads the JSON answers.</summary>
internal static class TillClient
{
    public const string Milk = "8690000000005"; // 64,00 TL
    public const string Tea = "8691111111116"; // 260,00 TL

    public static object Receipt(string receiptNo, decimal total, object[] lines, string? phone = null, Guid? customerId = null, DateTimeOffset? at = null) => new
    {
        storeCode = "IST01",
        tillCode = "01",
        cashier = "Elif Ö.",
        receiptNo,
        occurredAt = at ?? DateTimeOffset.UtcNow,
        total,
        paymentType = "card",
        phone,
        customerId,
        lines,
    };

    public static object Line(string barcode, decimal quantity, decimal unitPrice) => new { barcode, quantity, unitPrice };

    public static Task<HttpResponseMessage> PostReceiptAsync(HttpClient api, object receipt, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/pos/receipts") { Content = JsonContent.Create(receipt) };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return api.SendAsync(request);
    }

    public static async Task<Guid> CreateCustomerAsync(HttpClient api, string phone, string firstName = "Ahmet", string gender = "male")
    {
        var response = await api.PostAsJsonAsync("/api/v1/customers", new { kind = "person", firstName, lastName = "Yılmaz", gender, phone });
        using var json = await ReadAsync(response, HttpStatusCode.Created);
        return json.RootElement.GetProperty("id").GetGuid();
    }

    public static async Task<JsonDocument> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body);
    }

    /// <summary>Asserts a problem naming <paramref name="field"/> with <paramref name="status"/>.</summary>
    public static async Task<JsonDocument> ProblemAsync(HttpResponseMessage response, HttpStatusCode status, string field)
    {
        var json = await ReadAsync(response, status);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(json.RootElement.GetProperty("errors").TryGetProperty(field, out _), json.RootElement.ToString());
        return json;
    }

    public static async Task<int> CountReceiptsAsync(MuhtarAppFactory app, TestTenant tenant, string receiptNo)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant.Id, null, "tests");
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<MuhtarDbContext>>().CreateDbContextAsync();
        return await db.Set<Muhtar.Pos.Receipts.Receipt>().CountAsync(r => r.ReceiptNo == receiptNo);
    }

    /// <summary>Makes a store an e-shop, whose receipts are online orders.</summary>
    public static async Task MakeOnlineAsync(MuhtarAppFactory app, TestTenant tenant, string storeCode)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant.Id, null, "tests");
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<MuhtarDbContext>>().CreateDbContextAsync();
        var store = await db.Set<Store>().SingleAsync(s => s.Code == storeCode);
        db.Entry(store).Property(s => s.IsOnline).CurrentValue = true;
        await db.SaveChangesAsync();
    }
}

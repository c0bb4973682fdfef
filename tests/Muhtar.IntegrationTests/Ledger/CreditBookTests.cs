using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Muhtar.IntegrationTests.Infrastructure;

namespace Muhtar.IntegrationTests.Ledger;

/// <summary>The credit book (veresiye) through /api/v1/credit-book: charges, payments, reversals, debtors, reminders.</summary>
public abstract class CreditBookTests(MuhtarAppFactory app)
{
    [Fact]
    public async Task A_charge_by_phone_in_any_form_and_a_partial_payment_leave_the_right_balance()
    {
        var tenant = await app.CreateTenantAsync();
        var customer = await CustomerAsync(tenant, "Ahmet", "0532 111 22 33");

        var charge = await PostAsync(tenant, new { phone = "+90 (532) 111-2233", kind = "charge", amount = 150.50m, note = "Ekmek, süt" });
        var payment = await PostAsync(tenant, new { phone = "5321112233", kind = "payment", amount = 50m });

        Assert.Equal(150.50m, charge.GetProperty("balance").GetDecimal());
        Assert.Equal(100.50m, payment.GetProperty("balance").GetDecimal());
        using var account = await JsonAsync(await tenant.Api.GetAsync($"/api/v1/credit-book/customers/{customer}"), HttpStatusCode.OK);
        Assert.Equal(100.50m, account.RootElement.GetProperty("balance").GetDecimal());
        Assert.Equal(["payment", "charge"], account.RootElement.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task An_unknown_phone_is_offered_for_enrolment_and_bad_input_names_its_field()
    {
        var tenant = await app.CreateTenantAsync();

        var unknown = await tenant.Api.PostAsJsonAsync("/api/v1/credit-book/entries", new { phone = "0533 999 88 77", kind = "charge", amount = 20m });
        using var problem = await JsonAsync(unknown, HttpStatusCode.NotFound);
        Assert.True(problem.RootElement.GetProperty("canEnrol").GetBoolean());
        var enrolled = await PostAsync(tenant, new { phone = "0533 999 88 77", enrol = true, kind = "charge", amount = 20m });
        Assert.Equal(20m, enrolled.GetProperty("balance").GetDecimal());

        await AssertFieldAsync(tenant, new { phone = "0533 999 88 77", kind = "charge", amount = 0m }, "amount");
        await AssertFieldAsync(tenant, new { phone = "0533 999 88 77", kind = "charge", amount = 1.005m }, "amount");
        await AssertFieldAsync(tenant, new { phone = "0533 999 88 77", kind = "gift", amount = 1m }, "kind");
        await AssertFieldAsync(tenant, new { phone = "12", kind = "charge", amount = 1m }, "phone");
    }

    [Fact]
    public async Task A_mistake_is_corrected_by_one_reversal_only_and_the_history_keeps_both()
    {
        var tenant = await app.CreateTenantAsync();
        var customer = await CustomerAsync(tenant, "Ayşe", "0532 222 33 44");
        var wrong = await PostAsync(tenant, new { customerId = customer, kind = "charge", amount = 500m });
        var id = wrong.GetProperty("entry").GetProperty("id").GetGuid();

        using var reversed = await JsonAsync(await tenant.Api.PostAsync($"/api/v1/credit-book/entries/{id}/reverse", null), HttpStatusCode.Created);
        var again = await tenant.Api.PostAsync($"/api/v1/credit-book/entries/{id}/reverse", null);

        Assert.Equal(0m, reversed.RootElement.GetProperty("balance").GetDecimal());
        Assert.Equal(id, reversed.RootElement.GetProperty("entry").GetProperty("reversesId").GetGuid());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        using var account = await JsonAsync(await tenant.Api.GetAsync($"/api/v1/credit-book/customers/{customer}"), HttpStatusCode.OK);
        Assert.Equal(2, account.RootElement.GetProperty("entries").GetArrayLength());
    }

    [Fact]
    public async Task Debtors_are_listed_by_amount_or_age_with_the_oldest_unpaid_charge_and_a_total()
    {
        var tenant = await app.CreateTenantAsync();
        var ali = await CustomerAsync(tenant, "Ali", "0532 333 44 55");
        var veli = await CustomerAsync(tenant, "Veli", "0532 444 55 66");
        await PostAsync(tenant, new { customerId = ali, kind = "charge", amount = 30m });
        app.Clock.Advance(TimeSpan.FromDays(2));
        var secondDay = app.Clock.GetUtcNow().UtcDateTime;
        await PostAsync(tenant, new { customerId = ali, kind = "charge", amount = 40m });
        await PostAsync(tenant, new { customerId = veli, kind = "charge", amount = 100m });
        await PostAsync(tenant, new { customerId = ali, kind = "payment", amount = 30m });

        using var byAmount = await JsonAsync(await tenant.Api.GetAsync("/api/v1/credit-book/debtors?sort=amount"), HttpStatusCode.OK);
        using var byAge = await JsonAsync(await tenant.Api.GetAsync("/api/v1/credit-book/debtors?sort=age"), HttpStatusCode.OK);

        Assert.Equal([veli, ali], byAmount.RootElement.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("customerId").GetGuid()));
        Assert.Equal(140m, byAmount.RootElement.GetProperty("total").GetDecimal());
        // Ali's 30 TL payment settled his first charge (FIFO), so he owes since the second day, as Veli does.
        var aliRow = byAge.RootElement.GetProperty("items").EnumerateArray().Single(d => d.GetProperty("customerId").GetGuid() == ali);
        Assert.Equal(secondDay, aliRow.GetProperty("since").GetDateTime().ToUniversalTime(), TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await tenant.Api.GetAsync("/api/v1/credit-book/debtors?sort=colour")).StatusCode);
    }

    [Fact]
    public async Task A_reminder_says_the_total_politely_and_a_second_within_seven_days_is_refused_even_when_tapped_twice_at_once()
    {
        var tenant = await app.CreateTenantAsync();
        var customer = await CustomerAsync(tenant, "Ahmet", "0532 555 66 77", "male");
        await PostAsync(tenant, new { customerId = customer, kind = "charge", amount = 150m });
        var url = $"/api/v1/credit-book/customers/{customer}/reminders";

        var taps = await Task.WhenAll(tenant.Api.PostAsJsonAsync(url, new { channel = "sms" }), tenant.Api.PostAsJsonAsync(url, new { channel = "sms" }));

        Assert.Equal([HttpStatusCode.Conflict, HttpStatusCode.Created], taps.Select(t => t.StatusCode).OrderBy(s => s == HttpStatusCode.Created));
        using var sent = await JsonAsync(taps.Single(t => t.StatusCode == HttpStatusCode.Created), HttpStatusCode.Created);
        var body = sent.RootElement.GetProperty("body").GetString()!;
        Assert.StartsWith("Ahmet Bey, ", body);
        Assert.Contains("toplam 150,00 TL borcunuz bulunmaktadır", body);
        using var messages = await JsonAsync(await tenant.Api.GetAsync($"/api/v1/messages?customerId={customer}"), HttpStatusCode.OK);
        var message = Assert.Single(messages.RootElement.GetProperty("items").EnumerateArray());
        Assert.Equal("transactional", message.GetProperty("purpose").GetString());

        app.Clock.Advance(TimeSpan.FromDays(6));
        Assert.Equal(HttpStatusCode.Conflict, (await tenant.Api.PostAsJsonAsync(url, new { channel = "sms" })).StatusCode);
        app.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(HttpStatusCode.Created, (await tenant.Api.PostAsJsonAsync(url, new { channel = "whatsapp" })).StatusCode);
    }

    [Fact]
    public async Task Entries_posted_at_the_same_time_are_all_kept_and_the_balance_is_their_sum_under_random_sequences()
    {
        var tenant = await app.CreateTenantAsync();
        var customer = await CustomerAsync(tenant, "Zeynep", "0532 666 77 88");
        var concurrent = await Task.WhenAll(Enumerable.Range(1, 12).Select(i => tenant.Api.PostAsJsonAsync("/api/v1/credit-book/entries",
            new { customerId = customer, kind = "charge", amount = i * 1.25m })));
        Assert.All(concurrent, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));

        var random = new Random(6);
        var expected = Enumerable.Range(1, 12).Sum(i => i * 125L);
        var posted = new List<(Guid Id, long Kurus)>();
        for (var step = 0; step < 40; step++)
        {
            var roll = random.Next(3);
            if (roll == 2 && posted.Count > 0)
            {
                var (id, kurus) = posted[random.Next(posted.Count)];
                var reverse = await tenant.Api.PostAsync($"/api/v1/credit-book/entries/{id}/reverse", null);
                expected -= reverse.StatusCode == HttpStatusCode.Created ? kurus : 0;
                Assert.Contains(reverse.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.Conflict });
                continue;
            }

            var amount = random.Next(1, 100_000);
            var kind = roll == 0 ? "charge" : "payment";
            var entry = await PostAsync(tenant, new { customerId = customer, kind, amount = amount / 100m });
            var signed = kind == "charge" ? amount : -amount;
            expected += signed;
            posted.Add((entry.GetProperty("entry").GetProperty("id").GetGuid(), signed));
        }

        using var account = await JsonAsync(await tenant.Api.GetAsync($"/api/v1/credit-book/customers/{customer}"), HttpStatusCode.OK);
        Assert.Equal(expected / 100m, account.RootElement.GetProperty("balance").GetDecimal());
    }

    private static async Task<Guid> CustomerAsync(TestTenant tenant, string firstName, string phone, string? gender = null)
    {
        var response = await tenant.Api.PostAsJsonAsync("/api/v1/customers", new { kind = "person", firstName, lastName = "Yılmaz", phone, gender });
        using var json = await JsonAsync(response, HttpStatusCode.Created);
        return json.RootElement.GetProperty("id").GetGuid();
    }

    private static async Task<JsonElement> PostAsync(TestTenant tenant, object body)
    {
        using var json = await JsonAsync(await tenant.Api.PostAsJsonAsync("/api/v1/credit-book/entries", body), HttpStatusCode.Created);
        return json.RootElement.Clone();
    }

    private static async Task AssertFieldAsync(TestTenant tenant, object body, string field)
    {
        using var problem = await JsonAsync(await tenant.Api.PostAsJsonAsync("/api/v1/credit-book/entries", body), HttpStatusCode.UnprocessableEntity);
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _), problem.RootElement.ToString());
    }

    private static async Task<JsonDocument> JsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{response.StatusCode}: {text}");
        return JsonDocument.Parse(text);
    }
}

public sealed class CreditBookTests_Sqlite(SqliteApp app) : CreditBookTests(app), IClassFixture<SqliteApp>;

public sealed class CreditBookTests_Postgres(PostgresApp app) : CreditBookTests(app), IClassFixture<PostgresApp>;

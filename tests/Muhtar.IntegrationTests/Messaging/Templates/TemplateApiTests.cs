using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Muhtar.Abstractions.Messaging;
using Muhtar.IntegrationTests.CustomerTests.Support;
using Muhtar.IntegrationTests.Identity;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.Messaging.Templates;
using Muhtar.Platform.Identity;
using Muhtar.Platform.Tenancy;

namespace Muhtar.IntegrationTests.MessagingTests.Templates;

/// <summary>I4 templates: per-business Liquid templates over /api/v1/messaging/templates, previewed with a real customer.</summary>
public abstract class TemplateApiTests(MuhtarAppFactory app)
{
    private const string Root = "/api/v1/messaging/templates";

    [Fact]
    public async Task A_template_is_created_listed_changed_and_deleted()
    {
        var api = await CustomerApi.NewTenantAsync(app);
        var created = await CreateAsync(api, new { name = "Doğum günü İndirimi", channel = "sms", purpose = "commercial", body = "Mutlu yıllar {{ customer | salutation }}!" });
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal("sms", created.GetProperty("channel").GetString());
        Assert.Equal("commercial", created.GetProperty("purpose").GetString());
        Assert.Equal("ucs2", created.GetProperty("bodyLength").GetProperty("encoding").GetString());
        await CreateAsync(api, new { name = "Randevu hatırlatma", channel = "email", purpose = "transactional", subject = "Randevunuz {{ randevu | tr_date }}", body = "<p>Merhaba</p>" });

        // Names are unique per business whatever the casing: "DOĞUM GÜNÜ İNDİRİMİ" is the same name.
        await Problems.AssertAsync(await api.Client.PostAsJsonAsync(Root, new { name = "DOĞUM GÜNÜ  İNDİRİMİ", channel = "sms", purpose = "commercial", body = "x" }), HttpStatusCode.Conflict, "name");
        await Problems.AssertAsync(await api.Client.PostAsJsonAsync(Root, new { name = "Amaçsız", channel = "sms", body = "x" }), HttpStatusCode.UnprocessableEntity, "purpose");
        await Problems.AssertAsync(await api.Client.PostAsJsonAsync(Root, new { name = "Kanalsız", channel = "fax", purpose = "commercial", body = "x" }), HttpStatusCode.UnprocessableEntity, "channel");
        await Problems.AssertAsync(await api.Client.PostAsJsonAsync(Root, new { name = "Boş", channel = "sms", purpose = "commercial", body = " " }), HttpStatusCode.UnprocessableEntity, "body");
        await Problems.AssertAsync(await api.Client.PostAsJsonAsync(Root, new { name = "Konusuz", channel = "email", purpose = "commercial", body = "x" }), HttpStatusCode.UnprocessableEntity, "subject");
        await Problems.AssertAsync(await api.Client.PostAsJsonAsync(Root, new { name = "WA", channel = "whatsapp", purpose = "transactional", whatsAppTemplateName = "Randevu Hatırlatma", whatsAppLanguage = "tr" }), HttpStatusCode.UnprocessableEntity, "whatsAppTemplateName");
        await Problems.AssertAsync(await api.Client.PostAsJsonAsync(Root, new { name = "WA", channel = "whatsapp", purpose = "transactional", whatsAppTemplateName = "randevu", whatsAppLanguage = "tr", whatsAppParameters = new[] { "customer.first_name", "{{ customer.last_name" } }), HttpStatusCode.UnprocessableEntity, "whatsAppParameters[1]");

        var changed = await Problems.JsonAsync(await api.Client.PutAsJsonAsync($"{Root}/{id}", new { name = "Doğum günü", channel = "sms", purpose = "commercial", body = "Mutlu yillar {{ customer.first_name }}" }));
        Assert.Equal("Doğum günü", changed.GetProperty("name").GetString());
        Assert.Equal("gsm7", changed.GetProperty("bodyLength").GetProperty("encoding").GetString());

        var list = await api.GetJsonAsync(Root);
        Assert.Equal(["Doğum günü", "Randevu hatırlatma"], list.EnumerateArray().Select(t => t.GetProperty("name").GetString()));
        Assert.Single((await api.GetJsonAsync(Root + "?channel=email")).EnumerateArray());

        Assert.Equal(HttpStatusCode.NoContent, (await api.Client.DeleteAsync($"{Root}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.Client.GetAsync($"{Root}/{id}")).StatusCode);
    }

    [Fact]
    public async Task A_liquid_syntax_error_is_a_422_naming_body_with_its_line()
    {
        var api = await CustomerApi.NewTenantAsync(app);
        var response = await api.Client.PostAsJsonAsync(Root, new { name = "Bozuk", channel = "sms", purpose = "transactional", body = "Merhaba\n{% if customer.first_name %}Ahmet" });

        await Problems.AssertAsync(response, HttpStatusCode.UnprocessableEntity, "body");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, problem.GetProperty("line").GetInt32());
        Assert.Contains("2", problem.GetProperty("errors").GetProperty("body")[0].GetString(), StringComparison.Ordinal);
        await Problems.AssertAsync(
            await api.Client.PostAsJsonAsync(Root, new { name = "Döngü", channel = "sms", purpose = "transactional", body = "{% for i in (1..100000000) %}x{% endfor %}" }),
            HttpStatusCode.UnprocessableEntity, "body");
    }

    [Fact]
    public async Task The_preview_renders_a_real_customer_with_custom_fields_and_counts_sms_parts()
    {
        var api = await CustomerApi.NewTenantAsync(app);
        Assert.Equal(HttpStatusCode.Created, (await api.Client.PostAsJsonAsync("/api/v1/custom-fields", new { key = "ayakkabi_no", label = "Ayakkabı no", type = "number" })).StatusCode);
        var customer = await api.CreateIdAsync(new { firstName = "İSMAİL", lastName = "YILDIZ", gender = "male", phone = "0532 111 22 33", customFields = new { ayakkabi_no = 42 } });
        var template = (await CreateAsync(api, new
        {
            name = "Yeni sezon",
            channel = "sms",
            purpose = "commercial",
            body = "Sayın {{ customer | salutation }}, {{ customer.cf.ayakkabi_no }} numara yeni sezon ayakkabılar geldi. {{ kod }}",
        })).GetProperty("id").GetGuid();

        var preview = await Problems.JsonAsync(await api.Client.PostAsJsonAsync($"{Root}/{template}/preview", new { customerId = customer, variables = new { kod = "KOD10" } }));

        Assert.Equal("Sayın İsmail Bey, 42 numara yeni sezon ayakkabılar geldi. KOD10", preview.GetProperty("text").GetString());
        Assert.Equal("ucs2", preview.GetProperty("encoding").GetString());
        Assert.Equal(63, preview.GetProperty("characters").GetInt32());
        Assert.Equal(1, preview.GetProperty("segments").GetInt32());
        Assert.Equal("gsm7Turkish", preview.GetProperty("turkishShift").GetProperty("encoding").GetString());

        await Problems.AssertAsync(await api.Client.PostAsJsonAsync($"{Root}/{template}/preview", new { }), HttpStatusCode.UnprocessableEntity, "customerId");
        await Problems.AssertAsync(await api.Client.PostAsJsonAsync($"{Root}/{template}/preview", new { customerId = Guid.NewGuid() }), HttpStatusCode.UnprocessableEntity, "customerId");
    }

    [Fact]
    public async Task A_template_a_message_used_is_archived_instead_of_deleted()
    {
        var api = await CustomerApi.NewTenantAsync(app);
        var customer = await api.CreateIdAsync(new { firstName = "Ayşe", lastName = "Kaya", gender = "female" });
        var template = (await CreateAsync(api, new
        {
            name = "Randevu",
            channel = "whatsapp",
            purpose = "transactional",
            whatsAppTemplateName = "randevu_hatirlatma",
            whatsAppLanguage = "tr",
            whatsAppParameters = new[] { "customer | salutation", "saat" },
        })).GetProperty("id").GetGuid();

        await using (var scope = app.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(api.TenantId, null, "tests");
            var rendered = await scope.ServiceProvider.GetRequiredService<ITemplateRenderer>()
                .RenderAsync(template, customer, new Dictionary<string, string> { ["saat"] = "14:30" });
            Assert.Equal(["Ayşe Hanım", "14:30"], rendered.WhatsAppParameters);
            Assert.Equal(("randevu_hatirlatma", "tr", MessagePurpose.Transactional), (rendered.WhatsAppTemplateName, rendered.WhatsAppLanguage, rendered.Purpose));
        }

        var removed = await Problems.JsonAsync(await api.Client.DeleteAsync($"{Root}/{template}"));
        Assert.True(removed.GetProperty("archived").GetBoolean());
        Assert.True(removed.GetProperty("used").GetBoolean());
        Assert.Empty((await api.GetJsonAsync(Root)).EnumerateArray());
        Assert.Single((await api.GetJsonAsync(Root + "?archived=true")).EnumerateArray());

        await using var pickers = app.Services.CreateAsyncScope();
        pickers.ServiceProvider.GetRequiredService<TenantContext>().Set(api.TenantId, null, "tests");
        var templates = pickers.ServiceProvider.GetRequiredService<IMessageTemplates>();
        Assert.Empty(await templates.ListAsync());
        Assert.Equal("Randevu", (await templates.GetAsync(template))?.Name);
    }

    [Fact]
    public async Task Another_business_template_and_customer_are_not_found()
    {
        var owner = await CustomerApi.NewTenantAsync(app);
        var template = (await CreateAsync(owner, new { name = "Gizli", channel = "sms", purpose = "commercial", body = "Merhaba" })).GetProperty("id").GetGuid();
        var ownersCustomer = await owner.CreateIdAsync(new { firstName = "Ahmet" });
        var other = await CustomerApi.NewTenantAsync(app);
        var othersTemplate = (await CreateAsync(other, new { name = "Benim", channel = "sms", purpose = "commercial", body = "Merhaba {{ customer.first_name }}" })).GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.GetAsync($"{Root}/{template}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.PutAsJsonAsync($"{Root}/{template}", new { name = "X", channel = "sms", purpose = "commercial", body = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.DeleteAsync($"{Root}/{template}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.PostAsJsonAsync($"{Root}/{template}/preview", new { customerId = ownersCustomer })).StatusCode);
        await Problems.AssertAsync(
            await other.Client.PostAsJsonAsync($"{Root}/{othersTemplate}/preview", new { customerId = ownersCustomer }), HttpStatusCode.UnprocessableEntity, "customerId");
        Assert.Single((await other.GetJsonAsync(Root)).EnumerateArray());
        // The same name is free in another business.
        await CreateAsync(other, new { name = "Gizli", channel = "sms", purpose = "commercial", body = "Merhaba" });
    }

    [Fact]
    public async Task Marketers_write_templates_sales_only_read_them_and_technicians_neither()
    {
        var tenant = await app.CreateTenantAsync();
        var marketer = await tenant.LoginAsync(Roles.Marketer);
        var sales = await tenant.LoginAsync(Roles.Sales);
        var technician = await tenant.LoginAsync(Roles.Technician);
        var body = new { name = "Kampanya", channel = "sms", purpose = "commercial", body = "Merhaba" };

        var created = await marketer.PostAsJsonAsync(Root, body);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.Forbidden, (await sales.PostAsJsonAsync(Root, body with { name = "Başka" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await sales.PutAsJsonAsync($"{Root}/{id}", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await sales.PostAsJsonAsync($"{Root}/{id}/preview", new { customerId = Guid.NewGuid() })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await sales.GetAsync(Root)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await technician.GetAsync(Root)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await technician.DeleteAsync($"{Root}/{id}")).StatusCode);
    }

    private static async Task<JsonElement> CreateAsync(CustomerApi api, object body)
    {
        var response = await api.Client.PostAsJsonAsync(Root, body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await CustomerApi.Describe(response));
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}

public sealed class TemplateApiTests_Sqlite(SqliteApp app) : TemplateApiTests(app), IClassFixture<SqliteApp>;

public sealed class TemplateApiTests_Postgres(PostgresApp app) : TemplateApiTests(app), IClassFixture<PostgresApp>;

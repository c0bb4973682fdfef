using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Muhtar.Abstractions.Messaging;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.Platform.Identity;

namespace Muhtar.IntegrationTests.Messaging.Channels;

/// <summary>I4: a business's channel settings: encrypted at rest, never shown back, checked field by field.</summary>
public abstract class ChannelSettingsTests(MuhtarAppFactory app)
{
    [Fact]
    public async Task The_password_is_stored_encrypted_and_never_returned()
    {
        var api = await ChannelsApi.NewAsync(app);
        var saved = await api.SaveNetgsmAsync(password: "Gizli.Parola-123");

        var raw = await api.RawAsync(MessageChannel.Sms);
        Assert.DoesNotContain("Gizli.Parola-123", raw.ProtectedSettings, StringComparison.Ordinal);
        Assert.DoesNotContain("8503001122", raw.ProtectedSettings, StringComparison.Ordinal);
        Assert.DoesNotContain("password", raw.ProtectedSettings, StringComparison.OrdinalIgnoreCase);

        var get = await api.GetAsync("sms");
        var body = await get.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        foreach (var shown in new[] { saved.GetRawText(), body })
        {
            Assert.DoesNotContain("Gizli.Parola-123", shown, StringComparison.Ordinal);
        }

        var json = JsonDocument.Parse(body).RootElement;
        Assert.Equal("netgsm", json.GetProperty("provider").GetString());
        Assert.Equal("MUHTAR", json.GetProperty("settings").GetProperty("msgheader").GetString());
        Assert.False(json.GetProperty("settings").TryGetProperty("password", out _));
        Assert.Equal(["password"], json.GetProperty("secretsSet").EnumerateArray().Select(e => e.GetString()));

        // The outbox, and only the outbox, gets the password back.
        var config = await api.ReadConfigAsync(MessageChannel.Sms);
        Assert.Equal("Gizli.Parola-123", config!.Setting("password"));
        Assert.Equal(api.Tenant.Id, config.TenantId);
    }

    [Fact]
    public async Task Changing_the_sender_name_keeps_the_stored_password()
    {
        var api = await ChannelsApi.NewAsync(app);
        await api.SaveNetgsmAsync(password: "İlk.Parola-42", header: "ESKIBASLIK");

        var response = await api.PutAsync("sms", new
        {
            provider = "netgsm",
            settings = new { usercode = "8503001122", password = "", msgheader = "YENIBASLIK" },
        });

        Assert.True(response.IsSuccessStatusCode, await ChannelsApi.Describe(response));
        var config = await api.ReadConfigAsync(MessageChannel.Sms);
        Assert.Equal("İlk.Parola-42", config!.Setting("password"));
        Assert.Equal("YENIBASLIK", config.Setting("msgheader"));
    }

    [Fact]
    public async Task Bad_settings_are_refused_naming_every_field()
    {
        var api = await ChannelsApi.NewAsync(app);
        var response = await api.PutAsync("sms", new
        {
            provider = "netgsm",
            settings = new { usercode = "", msgheader = "MUHTAR", baseUrl = "ftp://example.com", iysRecipientType = "HERKES", colour = "blue" },
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = await ChannelsApi.ErrorsAsync(response);
        Assert.Equal(
            ["settings.baseUrl", "settings.colour", "settings.iysRecipientType", "settings.password", "settings.usercode"],
            errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("BIREYSEL", errors["settings.iysRecipientType"][0], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync("sms")).StatusCode);

        var wrongProvider = await api.PutAsync("email", new { provider = "netgsm", settings = new { } });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrongProvider.StatusCode);
        Assert.Contains("provider", (await ChannelsApi.ErrorsAsync(wrongProvider)).Keys);
    }

    [Fact]
    public async Task A_switched_off_channel_is_not_used_for_sending()
    {
        var api = await ChannelsApi.NewAsync(app);
        await api.SaveNetgsmAsync(enabled: false);

        Assert.Null(await api.ReadConfigAsync(MessageChannel.Sms));
        Assert.Null(await api.ReadConfigAsync(MessageChannel.WhatsApp));
        var json = await (await api.GetAsync("sms")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(json.GetProperty("enabled").GetBoolean());
    }

    [Fact]
    public async Task Another_business_sees_nothing_of_this_business_channels()
    {
        var owner = await ChannelsApi.NewAsync(app);
        var other = await ChannelsApi.NewAsync(app);
        await owner.SaveNetgsmAsync(header: "SAHIPBASLIK");

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync("sms")).StatusCode);
        var list = await other.Client.GetStringAsync("/api/v1/messaging/channels");
        Assert.DoesNotContain("SAHIPBASLIK", list, StringComparison.Ordinal);
        Assert.Null(await other.ReadConfigAsync(MessageChannel.Sms));
    }

    [Fact]
    public async Task A_marketer_cannot_see_or_change_channels_but_a_manager_can()
    {
        var api = await ChannelsApi.NewAsync(app);
        var marketer = await api.Tenant.LoginAsync(Roles.Marketer);
        var body = new { provider = "netgsm", settings = new { usercode = "1", password = "secret-pw", msgheader = "X" } };

        Assert.Equal(HttpStatusCode.Forbidden, (await marketer.PutAsJsonAsync("/api/v1/messaging/channels/sms", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await marketer.GetAsync("/api/v1/messaging/channels/sms")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await marketer.PostAsJsonAsync("/api/v1/messaging/channels/sms/test", new { to = "05321234567" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync("sms")).StatusCode);

        var manager = await api.Tenant.LoginAsync(Roles.Manager);
        Assert.Equal(HttpStatusCode.OK, (await manager.PutAsJsonAsync("/api/v1/messaging/channels/sms", body)).StatusCode);
    }

    [Fact]
    public async Task A_test_message_needs_a_saved_channel_and_a_real_number()
    {
        var api = await ChannelsApi.NewAsync(app);
        var unsaved = await api.TestAsync("sms", new { to = "0532 123 45 67" });
        Assert.Equal(HttpStatusCode.Conflict, unsaved.StatusCode);
        Assert.Contains("channel", (await ChannelsApi.ErrorsAsync(unsaved)).Keys);

        await api.SaveNetgsmAsync();
        var badNumber = await api.TestAsync("sms", new { to = "12" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badNumber.StatusCode);
        Assert.Contains("to", (await ChannelsApi.ErrorsAsync(badNumber)).Keys);

        Assert.Equal(HttpStatusCode.NotFound, (await api.TestAsync("fax", new { to = "0532 123 45 67" })).StatusCode);
    }
}

public sealed class ChannelSettingsTests_Sqlite(SqliteApp app) : ChannelSettingsTests(app), IClassFixture<SqliteApp>;

public sealed class ChannelSettingsTests_Postgres(PostgresApp app) : ChannelSettingsTests(app), IClassFixture<PostgresApp>;

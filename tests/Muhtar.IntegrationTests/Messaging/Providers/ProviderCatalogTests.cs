using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Muhtar.Abstractions.Messaging;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.Messaging.Providers;

namespace Muhtar.IntegrationTests.Messaging.Providers;

/// <summary>The running app has every provider, and each one's descriptor tells the settings form the truth.</summary>
public sealed class ProviderCatalogTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public void The_app_registers_each_provider_with_a_matching_descriptor_and_its_webhook_and_poller()
    {
        var providers = app.Services.GetServices<IMessageProvider>().ToList();
        var webhooks = app.Services.GetServices<IProviderWebhook>().Select(w => w.ProviderKey).ToHashSet();
        var pollers = app.Services.GetServices<IDeliveryReportPoller>().Select(p => p.ProviderKey).ToHashSet();

        Assert.Equal(["iletimerkezi", "netgsm", "smtp", "verimor", "whatsapp"], providers.Select(p => p.Key).Order());
        Assert.Equal(ProviderCatalog.All.Select(d => d.Key).Order(), providers.Select(p => p.Key).Order());
        foreach (var provider in providers)
        {
            var descriptor = ProviderCatalog.Find(provider.Key)!;
            Assert.Equal(provider.Channel, descriptor.Channel);
            Assert.Equal(descriptor.HasWebhook, webhooks.Contains(provider.Key));
            Assert.Equal(descriptor.HasReportPolling, pollers.Contains(provider.Key));
        }

        Assert.Equal(["iletimerkezi", "netgsm", "verimor"], ProviderCatalog.For(MessageChannel.Sms).Select(d => d.Key).Order());
    }

    [Fact]
    public void Only_Ileti_Merkezi_says_it_recognises_a_repeated_send_so_only_its_messages_are_handed_over_again_after_a_crash()
    {
        var recognising = app.Services.GetServices<IMessageProvider>().Where(p => p.RecognisesRepeatedSends).Select(p => p.Key);

        Assert.Equal(["iletimerkezi"], recognising);
    }

    [Theory]
    [InlineData("netgsm", "https://api.netgsm.com.tr", "password")]
    [InlineData("iletimerkezi", "https://api.iletimerkezi.com", "apiHash")]
    [InlineData("verimor", "https://sms.verimor.com.tr", "password")]
    [InlineData("whatsapp", "https://graph.facebook.com", "accessToken")]
    public void Http_providers_default_to_their_real_api_and_mark_credentials_secret(string key, string baseUrl, string secret)
    {
        var descriptor = ProviderCatalog.Find(key)!;
        var empty = ProviderTestHost.Config(descriptor.Channel, key, []);

        Assert.Equal(baseUrl, descriptor.DefaultBaseUrl);
        Assert.Equal(baseUrl, descriptor.BaseUrl(empty));
        Assert.Equal("http://127.0.0.1:5000", descriptor.BaseUrl(empty with { Settings = new Dictionary<string, string> { ["baseUrl"] = "http://127.0.0.1:5000/" } }));
        Assert.Contains(secret, descriptor.SecretSettings);
        Assert.Contains(secret, descriptor.MissingSettings(empty));
        Assert.DoesNotContain("baseUrl", descriptor.MissingSettings(empty));
    }

    [Fact]
    public void Smtp_needs_a_host_and_sender_and_keeps_the_password_secret()
    {
        var smtp = ProviderCatalog.Find("smtp")!;

        Assert.Equal(MessageChannel.Email, smtp.Channel);
        Assert.Null(smtp.BaseUrlSetting);
        Assert.Equal(["fromAddress", "host"], smtp.MissingSettings(ProviderTestHost.Config(MessageChannel.Email, "smtp", [])).Order());
        Assert.Equal(["password"], smtp.SecretSettings);
        Assert.Equal(["starttls", "ssl", "auto", "none"], smtp.Settings.Single(s => s.Name == "security").Choices!);
    }

    [Theory]
    [InlineData("tr", "Parola")]
    [InlineData("en", "Password")]
    public void Every_setting_has_a_label_in_turkish_and_english(string culture, string passwordLabel)
    {
        var localizer = app.Services.GetRequiredService<IStringLocalizer<ProvidersResource>>();
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        try
        {
            var missing = ProviderCatalog.All.SelectMany(d => d.Settings).Select(s => "Setting." + s.Name)
                .Where(key => localizer[key].ResourceNotFound).ToList();

            Assert.Empty(missing);
            Assert.Equal(passwordLabel, localizer["Setting.password"].Value);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}

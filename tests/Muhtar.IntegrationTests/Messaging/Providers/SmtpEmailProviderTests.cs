using System.Net;
using System.Net.Sockets;
using Muhtar.Abstractions.Messaging;
using Muhtar.IntegrationTests.Messaging.Stubs;
using Muhtar.Messaging.Providers;
using Muhtar.Messaging.Providers.Smtp;

namespace Muhtar.IntegrationTests.Messaging.Providers;

/// <summary>E-mail over SMTP against a real SMTP server (MailDev), read back through its API.</summary>
public sealed class SmtpEmailProviderTests : IDisposable
{
    private readonly ProviderTestHost _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task An_email_is_delivered_to_the_smtp_server_with_login_and_a_message_id_made_from_the_correlation_id()
    {
        var mail = await MailDevServer.SharedAsync();
        var to = $"ayse.{Guid.NewGuid():N}@example.com";
        var message = new ProviderMessage(Guid.NewGuid(), to, "Merhaba Ayşe Hanım,\nsiparişiniz hazır. Güle güle kullanın!", Subject: "Siparişiniz hazır: Çiçekçi Gül");

        var result = await Send(mail, message);

        Assert.Equal(ProviderSendOutcome.Accepted, result.Outcome);
        var expectedId = SmtpEmailProvider.MessageIdFor(message.CorrelationId, "bilgi@cicekcigul.com.tr");
        Assert.Equal($"{message.CorrelationId:N}@cicekcigul.com.tr", expectedId);
        Assert.Equal(expectedId, result.ProviderMessageId);
        var received = Assert.Single(await mail.WaitForAsync(e => e.To.Any(a => a.Address == to)));
        Assert.Equal("Siparişiniz hazır: Çiçekçi Gül", received.Subject);
        Assert.Contains("siparişiniz hazır. Güle güle kullanın!", received.Text);
        Assert.Equal("bilgi@cicekcigul.com.tr", Assert.Single(received.From).Address);
        Assert.Equal("Çiçekçi Gül", received.From[0].Name);
        Assert.Equal(expectedId, received.MessageId);
        Assert.Equal(message.CorrelationId.ToString(), received.Header("x-muhtar-correlation-id"));
    }

    [Fact]
    public async Task A_retry_of_the_same_message_carries_the_same_message_id()
    {
        var mail = await MailDevServer.SharedAsync();
        var to = $"retry.{Guid.NewGuid():N}@example.com";
        var message = new ProviderMessage(Guid.NewGuid(), to, "Hatırlatma", Subject: "Randevu");

        var first = await Send(mail, message);
        var second = await Send(mail, message);

        Assert.Equal(ProviderSendOutcome.Accepted, first.Outcome);
        Assert.Equal(first.ProviderMessageId, second.ProviderMessageId);
        var received = await mail.WaitForAsync(e => e.To.Any(a => a.Address == to), count: 2);
        Assert.Equal(2, received.Count);
        Assert.All(received, e => Assert.Equal(first.ProviderMessageId, e.MessageId));
    }

    [Fact]
    public async Task An_html_body_is_sent_as_html()
    {
        var mail = await MailDevServer.SharedAsync();
        var to = $"html.{Guid.NewGuid():N}@example.com";

        var result = await Send(mail, new ProviderMessage(Guid.NewGuid(), to, "<p>Merhaba <strong>Ahmet Bey</strong></p>", Subject: "Kampanya"));

        Assert.Equal(ProviderSendOutcome.Accepted, result.Outcome);
        var received = Assert.Single(await mail.WaitForAsync(e => e.To.Any(a => a.Address == to)));
        Assert.Contains("<strong>Ahmet Bey</strong>", received.Html);
    }

    [Fact]
    public async Task A_wrong_password_is_rejected_and_nothing_is_delivered()
    {
        var mail = await MailDevServer.SharedAsync();
        var to = $"wrong.{Guid.NewGuid():N}@example.com";

        var result = await Send(mail, new ProviderMessage(Guid.NewGuid(), to, "x", Subject: "x"), password: "not-the-password");

        Assert.Equal(ProviderSendOutcome.Rejected, result.Outcome);
        Assert.Contains("authentication", result.Answer);
        Assert.Empty(await mail.WaitForAsync(e => e.To.Any(a => a.Address == to), timeout: TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public async Task A_server_nobody_listens_on_or_that_never_answers_is_retried_later()
    {
        var closedPort = new Uri(ProviderTestHost.ClosedPortUrl()).Port;
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start(); // accepts connections but never sends the SMTP greeting
        var silentPort = ((IPEndPoint)silent.LocalEndpoint).Port;
        var message = new ProviderMessage(Guid.NewGuid(), "kimse@example.com", "x", Subject: "x");

        var refused = await Send("127.0.0.1", closedPort, message);
        var hanging = await Send("127.0.0.1", silentPort, message);

        Assert.Equal(ProviderSendOutcome.RetryLater, refused.Outcome);
        Assert.Equal(ProviderSendOutcome.RetryLater, hanging.Outcome);
    }

    [Fact]
    public async Task A_broken_recipient_address_is_rejected_without_connecting()
    {
        var result = await Send("127.0.0.1", 1, new ProviderMessage(Guid.NewGuid(), "not an address@@", "x", Subject: "x"));

        Assert.Equal(ProviderSendOutcome.Rejected, result.Outcome);
    }

    private Task<ProviderSendResult> Send(MailDevServer mail, ProviderMessage message, string password = MailDevServer.Password) =>
        Send(mail.Host, mail.SmtpPort, message, MailDevServer.User, password);

    private Task<ProviderSendResult> Send(string host, int port, ProviderMessage message, string user = "", string password = "")
    {
        var settings = new Dictionary<string, string>
        {
            ["host"] = host,
            ["port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["security"] = "none",
            ["username"] = user,
            ["password"] = password,
            ["fromAddress"] = "bilgi@cicekcigul.com.tr",
            ["fromName"] = "Çiçekçi Gül",
        };
        var config = ProviderTestHost.Config(MessageChannel.Email, "smtp", settings);
        return _host.Provider("smtp").SendAsync(message, config, CancellationToken.None);
    }
}

using System.Globalization;
using Muhtar.Messaging.Outbox.Sending;
using Muhtar.Platform.Identity;

namespace Muhtar.Messaging.Outbox.Pages;

/// <summary>Policy names (the same permissions the API checks) and instants as people read them (Turkish time).</summary>
internal static class OutboxDisplay
{
    public const string Read = Permissions.PolicyPrefix + Permissions.MessagingRead;
    public const string Send = Permissions.PolicyPrefix + Permissions.MessagingSend;
    public const string Configure = Permissions.PolicyPrefix + Permissions.MessagingConfigure;

    private static readonly TimeZoneInfo Zone = QuietHours.Zone("Europe/Istanbul");

    public static string When(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone).ToString("g", CultureInfo.CurrentCulture);

    public static string Iso(DateTime utc) => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToString("O", CultureInfo.InvariantCulture);

    public static string Badge(Muhtar.Abstractions.Messaging.MessageStatus status) => status switch
    {
        Muhtar.Abstractions.Messaging.MessageStatus.Delivered or Muhtar.Abstractions.Messaging.MessageStatus.Read => "message-ok",
        Muhtar.Abstractions.Messaging.MessageStatus.Failed or Muhtar.Abstractions.Messaging.MessageStatus.Blocked => "message-bad",
        _ => "message-wait",
    };
}

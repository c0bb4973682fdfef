using Muhtar.Messaging.Providers;

namespace Muhtar.Messaging.Outbox.Sending;

/// <summary>
/// A provider that recognises a message it already took by our correlation id and answers a repeat as
/// <see cref="ProviderSendOutcome.Duplicate"/> instead of delivering it twice.
/// </summary>
internal interface IRecognisesRepeatedSends;

/// <summary>
/// Whether a message whose earlier handover never got its answer booked (the worker died mid-call) may be handed
/// over again. Only to a provider that recognises the repeat: İleti Merkezi (our id as its order reference,
/// answer 451) and providers marked <see cref="IRecognisesRepeatedSends"/>. Netgsm, Verimor, WhatsApp and SMTP
/// would deliver it twice, so such a message is booked as sent with its answer lost instead.
/// </summary>
internal static class RepeatSafety
{
    private static readonly HashSet<string> RecognisingKeys = new(StringComparer.Ordinal) { "iletimerkezi" };

    public static bool MayRepeat(IMessageProvider provider) => provider is IRecognisesRepeatedSends || RecognisingKeys.Contains(provider.Key);
}

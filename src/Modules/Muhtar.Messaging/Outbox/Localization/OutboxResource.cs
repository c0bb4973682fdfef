namespace Muhtar.Messaging.Outbox.Localization;

/// <summary>Marker for the outbox's strings: OutboxResource.resx is Turkish (default), OutboxResource.en.resx English.</summary>
internal sealed class OutboxResource;

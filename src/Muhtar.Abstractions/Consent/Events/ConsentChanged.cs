namespace Muhtar.Abstractions.Consent.Events;

/// <summary>A consent decision was recorded; <paramref name="Current"/> is the decision that now counts for the channel.</summary>
public sealed record ConsentChanged(Guid CustomerId, ConsentChannel Channel, ConsentStatus Current, ConsentSource Source, DateTime At);

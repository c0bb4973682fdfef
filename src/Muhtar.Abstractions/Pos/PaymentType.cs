namespace Muhtar.Abstractions.Pos;

/// <summary>How a receipt was paid. Serialised in the API as "cash", "card" or "other".</summary>
public enum PaymentType
{
    Cash,
    Card,
    Other,
}

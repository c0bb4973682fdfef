namespace Muhtar.Customers.Merging;

/// <summary>
/// POST /api/v1/customers/merges: merge <see cref="MergedIds"/> into <see cref="SurvivorId"/>. <see cref="Fields"/>
/// names, per field, the customer whose value the survivor keeps (firstName, lastName, companyName, phone,
/// email, gender, birthDate, cardNumber); a field not named keeps the survivor's value. Tags, notes,
/// addresses, external ids and every linked record are united on the survivor.
/// </summary>
internal sealed record MergeRequest(Guid SurvivorId, IReadOnlyList<Guid>? MergedIds, IReadOnlyDictionary<string, Guid>? Fields);

/// <summary>A merge as the API shows it.</summary>
internal sealed record MergeResponse(
    Guid Id,
    Guid SurvivorId,
    IReadOnlyList<Guid> MergedIds,
    IReadOnlyDictionary<string, Guid> Fields,
    DateTimeOffset At,
    string? Actor,
    DateTimeOffset? UndoneAt,
    DateTimeOffset UndoableUntil,
    bool CanUndo);

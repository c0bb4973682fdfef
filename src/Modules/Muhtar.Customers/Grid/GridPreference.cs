using Muhtar.Platform.Tenancy;

namespace Muhtar.Customers.Grid;

/// <summary>
/// What one user of one business chose to see in the customer grid: the custom fields shown as columns, in
/// the order they were added. Kept on the server so the choice follows the user from the phone to the desk.
/// </summary>
internal sealed class GridPreference : ITenantScoped
{
    public const int MaxColumnsLength = 2000;

    private GridPreference()
    {
    }

    public GridPreference(Guid userId, string grid, DateTime now)
    {
        Id = Guid.CreateVersion7();
        UserId = userId;
        Grid = grid;
        UpdatedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public Guid UserId { get; private set; }

    /// <summary>Which grid ("customers"), so other lists can keep their own choice in the same table.</summary>
    public string Grid { get; private set; } = "";

    /// <summary>Custom-field keys shown as columns, comma-separated (keys are [a-z0-9_]).</summary>
    public string Columns { get; private set; } = "";

    public DateTime UpdatedAt { get; private set; }

    public void Choose(IEnumerable<string> columns, DateTime now)
    {
        // Keys are at most 40 characters; a choice longer than the column keeps its first keys.
        var kept = new List<string>();
        foreach (var column in columns)
        {
            if (kept.Sum(k => k.Length + 1) + column.Length > MaxColumnsLength)
            {
                break;
            }

            kept.Add(column);
        }

        Columns = string.Join(',', kept);
        UpdatedAt = now;
    }
}

namespace Muhtar.Pos.Api;

/// <summary>The list shape of every API list endpoint: <c>{ items, page, pageSize, total }</c>.</summary>
internal sealed record ListResponse<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);

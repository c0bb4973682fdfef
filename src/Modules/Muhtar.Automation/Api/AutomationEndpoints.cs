using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Muhtar.Abstractions.Customers;
using Muhtar.Automation.Localization;
using Muhtar.Automation.Rules;
using Muhtar.Automation.Runs;
using Muhtar.Automation.Tasks;
using Muhtar.Platform.Identity;

namespace Muhtar.Automation.Api;

/// <summary>/api/v1/automation: rules (CRUD, pause/resume), their run log, a customer's runs, and my tasks.</summary>
internal static class AutomationEndpoints
{
    public static IEndpointRouteBuilder MapAutomationApi(this IEndpointRouteBuilder endpoints)
    {
        var rules = endpoints.MapGroup("/api/v1/automation/rules").WithTags("Automation")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        rules.MapGet("", ListAsync).WithName("ListAutomationRules").RequirePermission(Permissions.AutomationManage);
        rules.MapPost("", CreateAsync).WithName("CreateAutomationRule").RequirePermission(Permissions.AutomationManage)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        rules.MapGet("/{id:guid}", GetAsync).WithName("GetAutomationRule").RequirePermission(Permissions.AutomationManage)
            .ProducesProblem(StatusCodes.Status404NotFound);
        rules.MapPut("/{id:guid}", UpdateAsync).WithName("UpdateAutomationRule").RequirePermission(Permissions.AutomationManage)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        rules.MapDelete("/{id:guid}", DeleteAsync).WithName("DeleteAutomationRule").RequirePermission(Permissions.AutomationManage)
            .ProducesProblem(StatusCodes.Status404NotFound);
        rules.MapPost("/{id:guid}/pause", (Guid id, RuleService service, IStringLocalizer<AutomationResource> text, CancellationToken ct) =>
                SetEnabledAsync(id, false, service, text, ct))
            .WithName("PauseAutomationRule").RequirePermission(Permissions.AutomationManage).ProducesProblem(StatusCodes.Status404NotFound);
        rules.MapPost("/{id:guid}/resume", (Guid id, RuleService service, IStringLocalizer<AutomationResource> text, CancellationToken ct) =>
                SetEnabledAsync(id, true, service, text, ct))
            .WithName("ResumeAutomationRule").RequirePermission(Permissions.AutomationManage).ProducesProblem(StatusCodes.Status404NotFound);
        rules.MapGet("/{id:guid}/runs", RunsAsync).WithName("ListAutomationRuleRuns").RequirePermission(Permissions.AutomationManage)
            .ProducesProblem(StatusCodes.Status404NotFound);

        endpoints.MapGet("/api/v1/customers/{id:guid}/automation-runs", CustomerRunsAsync).WithTags("Automation")
            .WithName("ListCustomerAutomationRuns").RequirePermission(Permissions.CustomersRead).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

        var tasks = endpoints.MapGroup("/api/v1/automation/tasks").WithTags("Automation")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        tasks.MapGet("", MyTasksAsync).WithName("ListMyTasks").RequirePermission(Permissions.CustomersRead);
        tasks.MapPost("/{id:guid}/done", CompleteTaskAsync).WithName("CompleteTask").RequirePermission(Permissions.CustomersRead)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return endpoints;
    }

    private static async Task<Ok<ItemsResponse<RuleResponse>>> ListAsync(RuleService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(new ItemsResponse<RuleResponse>(await service.ListAsync(cancellationToken)));

    private static async Task<Created<RuleResponse>> CreateAsync(RuleRequest request, RuleService service, CancellationToken cancellationToken)
    {
        var rule = await service.CreateAsync(request, cancellationToken);
        return TypedResults.Created($"/api/v1/automation/rules/{rule.Id}", rule);
    }

    private static async Task<Results<Ok<RuleResponse>, ProblemHttpResult>> GetAsync(
        Guid id, RuleService service, IStringLocalizer<AutomationResource> text, CancellationToken cancellationToken) =>
        await service.GetAsync(id, cancellationToken) is { } rule ? TypedResults.Ok(rule) : NotFound(text);

    private static async Task<Results<Ok<RuleResponse>, ProblemHttpResult>> UpdateAsync(
        Guid id, RuleRequest request, RuleService service, IStringLocalizer<AutomationResource> text, CancellationToken cancellationToken) =>
        await service.UpdateAsync(id, request, cancellationToken) is { } rule ? TypedResults.Ok(rule) : NotFound(text);

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        Guid id, RuleService service, IStringLocalizer<AutomationResource> text, CancellationToken cancellationToken) =>
        await service.DeleteAsync(id, cancellationToken) ? TypedResults.NoContent() : NotFound(text);

    private static async Task<Results<Ok<RuleResponse>, ProblemHttpResult>> SetEnabledAsync(
        Guid id, bool enabled, RuleService service, IStringLocalizer<AutomationResource> text, CancellationToken cancellationToken) =>
        await service.SetEnabledAsync(id, enabled, cancellationToken) is { } rule ? TypedResults.Ok(rule) : NotFound(text);

    private static async Task<Results<Ok<ItemsResponse<RunResponse>>, ProblemHttpResult>> RunsAsync(
        Guid id, RunQueries runs, IStringLocalizer<AutomationResource> text, CancellationToken cancellationToken, int? take = null) =>
        await runs.ForRuleAsync(id, take ?? 50, cancellationToken) is { } items
            ? TypedResults.Ok(new ItemsResponse<RunResponse>(items))
            : NotFound(text);

    private static async Task<Results<Ok<ItemsResponse<RunResponse>>, ProblemHttpResult>> CustomerRunsAsync(
        Guid id, RunQueries runs, ICustomerDirectory customers, IStringLocalizer<AutomationResource> text, CancellationToken cancellationToken,
        int? take = null) =>
        await customers.GetAsync(id, cancellationToken) is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: text["Run.CustomerMissing"])
            : TypedResults.Ok(new ItemsResponse<RunResponse>(await runs.ForCustomerAsync(id, take ?? 50, cancellationToken)));

    private static async Task<Ok<ItemsResponse<TaskResponse>>> MyTasksAsync(
        ClaimsPrincipal user, TaskService tasks, CancellationToken cancellationToken) =>
        TypedResults.Ok(new ItemsResponse<TaskResponse>(await tasks.MineAsync(RolesOf(user), cancellationToken)));

    private static async Task<Results<NoContent, ProblemHttpResult>> CompleteTaskAsync(
        Guid id, TaskService tasks, IStringLocalizer<AutomationResource> text, CancellationToken cancellationToken) =>
        await tasks.CompleteAsync(id, cancellationToken)
            ? TypedResults.NoContent()
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: text["Problem.TaskNotFound"]);

    public static IReadOnlyList<string> RolesOf(ClaimsPrincipal user) =>
        user.FindAll(ClaimTypes.Role).Select(c => c.Value).Distinct(StringComparer.Ordinal).ToList();

    private static ProblemHttpResult NotFound(IStringLocalizer<AutomationResource> text) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: text["Problem.RuleNotFound"]);
}

internal sealed record ItemsResponse<T>(IReadOnlyList<T> Items);

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Muhtar.Automation.Runs;
using Muhtar.Automation.Tasks;

namespace Muhtar.Automation.Rules;

internal sealed class AutomationRuleConfiguration : IEntityTypeConfiguration<AutomationRule>
{
    public void Configure(EntityTypeBuilder<AutomationRule> builder)
    {
        builder.ToTable("automation_rules");
        builder.Property(x => x.Name).HasMaxLength(AutomationRule.MaxNameLength);
        builder.Property(x => x.TriggerKind).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.EventType).HasMaxLength(300);
        builder.HasIndex(x => new { x.TenantId, x.TriggerKind, x.EventType });
    }
}

internal sealed class AutomationRuleVersionConfiguration : IEntityTypeConfiguration<AutomationRuleVersion>
{
    public void Configure(EntityTypeBuilder<AutomationRuleVersion> builder)
    {
        builder.ToTable("automation_rule_versions");
        builder.Property(x => x.Author).HasMaxLength(200);
        builder.HasIndex(x => new { x.RuleId, x.Number }).IsUnique();
    }
}

internal sealed class AutomationRunConfiguration : IEntityTypeConfiguration<AutomationRun>
{
    public const string RunKeyIndex = "ux_automation_runs_rule_key";

    public void Configure(EntityTypeBuilder<AutomationRun> builder)
    {
        builder.ToTable("automation_runs");
        builder.Property(x => x.RunKey).HasMaxLength(AutomationRun.MaxKeyLength);
        builder.Property(x => x.Trigger).HasMaxLength(AutomationRun.MaxTriggerLength);
        builder.Property(x => x.Detail).HasMaxLength(AutomationRun.MaxDetailLength);
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(x => new { x.RuleId, x.RunKey }).IsUnique().HasDatabaseName(RunKeyIndex);
        builder.HasIndex(x => new { x.RuleId, x.StartedAt });
        builder.HasIndex(x => new { x.CustomerId, x.StartedAt });
        builder.HasIndex(x => new { x.Status, x.TouchedAt });
        builder.HasMany(x => x.Steps).WithOne().HasForeignKey(x => x.RunId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AutomationRunStepConfiguration : IEntityTypeConfiguration<AutomationRunStep>
{
    public void Configure(EntityTypeBuilder<AutomationRunStep> builder)
    {
        builder.ToTable("automation_run_steps");
        builder.Property(x => x.Action).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.Detail).HasMaxLength(AutomationRun.MaxDetailLength);
        builder.HasIndex(x => new { x.RunId, x.Index }).IsUnique();
    }
}

internal sealed class AutomationTaskConfiguration : IEntityTypeConfiguration<AutomationTask>
{
    public void Configure(EntityTypeBuilder<AutomationTask> builder)
    {
        builder.ToTable("automation_tasks");
        builder.Property(x => x.Title).HasMaxLength(AutomationTask.MaxTitleLength);
        builder.Property(x => x.AssigneeRole).HasMaxLength(64);
        builder.Property(x => x.DoneBy).HasMaxLength(200);
        builder.HasIndex(x => new { x.RunId, x.Step }).IsUnique();
        builder.HasIndex(x => new { x.CustomerId, x.CreatedAt });
        builder.HasIndex(x => new { x.DoneAt, x.AssigneeUserId });
    }
}

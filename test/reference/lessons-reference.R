#!/usr/bin/env Rscript
# Reference values for the hand calculations of the lesson notebooks (03, 04, 05, 07, 08), computed
# in R from the shipped data (data/raw) and the printed values, independently of the TypeScript
# library. test/compendium/notebook/lessons-reference.test.ts runs the notebooks' code cells and
# compares every "by hand" value of a check with the value here of the same label.
#
# Run from the repository root:
#   Rscript test/reference/lessons-reference.R
# It writes test/reference/lessons-reference.json (numbers with 17 significant digits).
suppressPackageStartupMessages({ library(psych) })

raw <- rbind(
  read.csv("data/raw/respondents-2019-20.csv", check.names = FALSE, stringsAsFactors = FALSE),
  read.csv("data/raw/respondents-2020-21.csv", check.names = FALSE, stringsAsFactors = FALSE)
)
items <- function(construct, tp) {
  cols <- grep(paste0("^", construct, "_[0-9]+_", tp, "$"), names(raw), value = TRUE)
  raw[, cols, drop = FALSE]
}
# A cluster score is the mean of its items; a respondent needs every item (the codebook's minItems).
score <- function(construct, tp) rowMeans(items(construct, tp), na.rm = FALSE)

ref <- list()
add <- function(label, value, call) ref[[label]] <<- list(value = unname(value), r_call = call)

# --- 03: Cronbach's alpha of Werkplezier (pre) and Feldt's interval ---------------------------
wp <- na.omit(items("werkplezier", "pre"))
a <- psych::alpha(wp, check.keys = FALSE, warnings = FALSE)
n <- nrow(wp); k <- ncol(wp)
alpha <- a$total$raw_alpha
add("alpha, Werkplezier (pre)", alpha, "psych::alpha(items)$total$raw_alpha")
add("Feldt lower bound, Werkplezier (pre)", 1 - (1 - alpha) * qf(0.975, n - 1, (n - 1) * (k - 1)),
    "1 - (1 - alpha) * qf(0.975, n - 1, (n - 1) * (k - 1))")
add("Feldt upper bound, Werkplezier (pre)", 1 - (1 - alpha) * qf(0.025, n - 1, (n - 1) * (k - 1)),
    "1 - (1 - alpha) * qf(0.025, n - 1, (n - 1) * (k - 1))")
ci <- psych::alpha.ci(alpha, n.obs = n, n.var = k, p.val = 0.05, digits = 12)
stopifnot(abs(ci$lower.ci - ref[["Feldt lower bound, Werkplezier (pre)"]]$value) < 1e-10)

# --- 04: paired t-test and effect sizes of Werkplezier ---------------------------------------
pre <- score("werkplezier", "pre"); post <- score("werkplezier", "post")
ok <- !is.na(pre) & !is.na(post); pre <- pre[ok]; post <- post[ok]
tt <- t.test(post, pre, paired = TRUE)
add("paired t-test, Werkplezier", tt$statistic, "t.test(post, pre, paired = TRUE)$statistic")
add("p, Werkplezier", tt$p.value, "t.test(post, pre, paired = TRUE)$p.value")
add("95 % CI lower bound, Werkplezier", tt$conf.int[1], "t.test(post, pre, paired = TRUE)$conf.int[1]")
add("95 % CI upper bound, Werkplezier", tt$conf.int[2], "t.test(post, pre, paired = TRUE)$conf.int[2]")
d <- post - pre; n <- length(d); t <- unname(tt$statistic); df <- n - 1
dz <- mean(d) / sd(d)
sav <- (sd(pre) + sd(post)) / 2
srm <- sd(d) / sqrt(2 * (1 - cor(pre, post)))
add("d_z, Werkplezier", dz, "mean(d) / sd(d)")
add("d_av, Werkplezier", mean(d) / sav, "mean(d) / ((sd(pre) + sd(post)) / 2)")
add("d_rm = d_z·√(2(1 − r)), Werkplezier", dz * sqrt(2 * (1 - cor(pre, post))), "dz * sqrt(2 * (1 - cor(pre, post)))")
ncp <- function(p) uniroot(function(l) pt(t, df, ncp = l) - p, c(-50, 50), tol = 1e-14)$root
lower <- ncp(0.975); upper <- ncp(0.025)
se <- sd(d) / sqrt(n)
add("d_z, lower bound (noncentral t)", lower * se / sd(d), "uniroot(pt(t, df, ncp) = .975) * se / sd(d)")
add("d_av, lower bound (noncentral t)", lower * se / sav, "uniroot(pt(t, df, ncp) = .975) * se / s_av")
add("d_av, upper bound (noncentral t)", upper * se / sav, "uniroot(pt(t, df, ncp) = .025) * se / s_av")
add("d_rm, upper bound (noncentral t)", upper * se / srm, "uniroot(pt(t, df, ncp) = .025) * se / s_rm")

# --- 05: Pearson's r of Werkplezier and Autonomie (post) -------------------------------------
x <- score("werkplezier", "post"); y <- score("autonomie", "post")
ok <- !is.na(x) & !is.na(y)
ct <- cor.test(x[ok], y[ok], method = "pearson")
add("r, Werkplezier × Autonomie", ct$estimate, "cor.test(x, y)$estimate")
add("t, Werkplezier × Autonomie", ct$statistic, "cor.test(x, y)$statistic")
add("p, Werkplezier × Autonomie", ct$p.value, "cor.test(x, y)$p.value")
add("Fisher-z lower bound, Werkplezier × Autonomie", ct$conf.int[1], "cor.test(x, y)$conf.int[1]")
add("Fisher-z upper bound, Werkplezier × Autonomie", ct$conf.int[2], "cor.test(x, y)$conf.int[2]")

# --- 07: Wilcoxon's signed-rank test of Waardering, Holm over the five paired t-tests ----------
pre <- score("waardering", "pre"); post <- score("waardering", "post")
ok <- !is.na(pre) & !is.na(post)
wt <- suppressWarnings(wilcox.test(post[ok], pre[ok], paired = TRUE, exact = NULL, correct = TRUE, digits.rank = 7))
v <- unname(wt$statistic); m <- sum(post[ok] != pre[ok])
add("Wilcoxon V, Waardering", v, "wilcox.test(post, pre, paired = TRUE, digits.rank = 7)$statistic")
add("Wilcoxon p, Waardering", wt$p.value, "wilcox.test(post, pre, paired = TRUE, digits.rank = 7)$p.value")
# R does not return z; with the normal approximation p = 2 * pnorm(-|z|), so |z| = qnorm(1 - p / 2),
# with the sign of V - m(m + 1)/4.
add("Wilcoxon z, Waardering", sign(v - m * (m + 1) / 4) * qnorm(1 - wt$p.value / 2), "sign(V - m(m+1)/4) * qnorm(1 - p / 2)")
constructs <- c(werkplezier = "Werkplezier", werkdruk = "Werkdruk", `self-efficacy` = "Self-efficacy", autonomie = "Autonomie", waardering = "Waardering")
ps <- sapply(names(constructs), function(c) {
  a <- score(c, "pre"); b <- score(c, "post"); ok <- !is.na(a) & !is.na(b)
  t.test(b[ok], a[ok], paired = TRUE)$p.value
})
holm <- p.adjust(ps, "holm")
for (c in names(constructs)) add(paste0("Holm-adjusted p, ", constructs[[c]]), holm[[c]], "p.adjust(p, \"holm\") over the five paired t-tests")

# --- 08: checks of printed values only ---------------------------------------------------------
add("number of whole sums that give 4,05 with N = 51", length(ceiling(4.045 * 51):(ceiling(4.055 * 51) - 1)) * (ceiling(4.045 * 51) <= ceiling(4.055 * 51) - 1),
    "whole numbers S with 4.045 * 51 <= S < 4.055 * 51")
tr <- function(r) r * sqrt(49) / sqrt(1 - r^2)
add("p recomputed from r = .57, df = 49", 2 * pt(-tr(0.57), 49), "2 * pt(-t(.57), 49)")
add("smallest p for r in [.565, .575]", 2 * pt(-tr(0.575), 49), "2 * pt(-t(.575), 49)")
add("largest p for r in [.565, .575]", 2 * pt(-tr(0.565), 49), "2 * pt(-t(.565), 49)")
add("smallest significant d_z with n = 51", qt(0.975, 50) / sqrt(51), "qt(0.975, 50) / sqrt(51)")
add("smallest p of d_z in [0.245, 0.255]", 2 * pt(-0.255 * sqrt(51), 50), "2 * pt(-0.255 * sqrt(51), 50)")
add("largest p of d_z in [0.245, 0.255]", 2 * pt(-0.245 * sqrt(51), 50), "2 * pt(-0.245 * sqrt(51), 50)")

num <- function(x) sprintf("%.17g", x)
lines <- vapply(names(ref), function(l) sprintf("    %s: { \"value\": %s, \"r_call\": %s }",
  jsonlite::toJSON(l, auto_unbox = TRUE), num(ref[[l]]$value), jsonlite::toJSON(ref[[l]]$r_call, auto_unbox = TRUE)), "")
meta <- sprintf("  \"meta\": { \"generated_by\": \"test/reference/lessons-reference.R\", \"R\": %s, \"psych\": %s },",
  jsonlite::toJSON(R.version.string, auto_unbox = TRUE), jsonlite::toJSON(as.character(packageVersion("psych")), auto_unbox = TRUE))
writeLines(c("{", meta, "  \"values\": {", paste(lines, collapse = ",\n"), "  }", "}"), "test/reference/lessons-reference.json")

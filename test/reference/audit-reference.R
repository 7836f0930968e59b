# Reference values for test/audit/*.test.ts, computed with base R (stats) and, for one entry,
# the statcheck package (r-cran-statcheck).
# Run from the repository root:  Rscript test/reference/audit-reference.R
# Writes test/reference/audit-reference.json (full double precision).
library(jsonlite)

r2t <- function(r, df) r / sqrt((1 - r^2) / df)   # statcheck's R/compute_p.R
p_r <- function(r, df) 2 * pt(-abs(r2t(r, df)), df)

out <- list()

# statcheck tests/testthat/test-compute-pvalues.R: the p-values statcheck must compute
out$compute_p <- list(
  t_28_2.20    = 2 * pt(-abs(2.20), 28),
  F_2_28_2.20  = pf(2.20, 2, 28, lower.tail = FALSE),
  r_28_.22     = p_r(.22, 28),
  z_2.20       = 2 * pnorm(abs(2.20), lower.tail = FALSE),
  chi2_28_22.20 = pchisq(22.20, 28, lower.tail = FALSE)
)

# statcheck tests/testthat/test-decisionerror.R builds its texts with paste0() from these t-values
t.04 <- qt(.04/2, 28, lower.tail = FALSE)
t.05 <- qt(.05/2, 28, lower.tail = FALSE)
t.06 <- qt(.06/2, 28, lower.tail = FALSE)
out$statcheck_t_grid <- list(
  t.04 = paste0(t.04), t.05 = paste0(t.05), t.06 = paste0(t.06),
  t.05_plus = paste0(t.05 + .0001), t.05_minus = paste0(t.05 - .0001)
)

# The article: r = ,57 and r = ,68 with N = 51 (df = 49), at the value and at the rounding bounds
out$article_r <- list(
  r57 = list(p = p_r(.57, 49), p_at_upper_r = p_r(.575, 49), p_at_lower_r = p_r(.565, 49)),
  r68 = list(p = p_r(.68, 49), p_at_upper_r = p_r(.685, 49), p_at_lower_r = p_r(.675, 49))
)

# The article's Table 3 (N = 51): d read as d_z, t = d * sqrt(n), df = n - 1
n <- 51
crit_t <- qt(0.975, n - 1)
crit_dz <- crit_t / sqrt(n)
out$article_table3 <- list(
  critical_t = crit_t,
  critical_dz = crit_dz,
  waardering = list(t = 0.25 * sqrt(n), p = 2 * pt(-0.25 * sqrt(n), n - 1),
                    p_at_0.245 = 2 * pt(-0.245 * sqrt(n), n - 1), p_at_0.255 = 2 * pt(-0.255 * sqrt(n), n - 1),
                    # smallest r for which d_av = d_rm = 0.255 gives significance with equal SDs:
                    # d_z = d / sqrt(2 (1 - r)) > crit_dz  <=>  r > 1 - (d / crit_dz)^2 / 2
                    r_threshold_d_0.255 = 1 - (0.255 / crit_dz)^2 / 2),
  autonomie = list(t = 0.38 * sqrt(n), p = 2 * pt(-0.38 * sqrt(n), n - 1),
                   p_at_0.375 = 2 * pt(-0.375 * sqrt(n), n - 1))
)

# Lakens (2013), Table 1: movie ratings of 10 people (within-subjects example)
movie_1 <- c(9, 7, 8, 9, 8, 9, 9, 10, 9, 9)
movie_2 <- c(9, 6, 7, 8, 7, 9, 8, 8, 8, 7)
tt <- t.test(movie_1, movie_2, paired = TRUE)
d <- movie_1 - movie_2
r <- cor(movie_1, movie_2)
dz <- mean(d) / sd(d)
out$lakens <- list(
  mean_1 = mean(movie_1), mean_2 = mean(movie_2), sd_1 = sd(movie_1), sd_2 = sd(movie_2),
  t = unname(tt$statistic), df = unname(tt$parameter), p = tt$p.value,
  r = r, d_z = dz,
  d_av = mean(d) / ((sd(movie_1) + sd(movie_2)) / 2),
  d_rm = dz * sqrt(2 * (1 - r))
)

# Issue 11, finding 6: a printed result with zero degrees of freedom, "t(0) = 3, p = .04". R has no
# p-value for it (pt() returns NaN), and statcheck itself stops on it instead of reporting it.
statcheck_error <- if (requireNamespace("statcheck", quietly = TRUE)) {
  tryCatch({
    suppressWarnings(statcheck::statcheck("t(0) = 3, p = .04", messages = FALSE))
    ""
  }, error = function(e) conditionMessage(e))
} else NA
out$zero_df <- list(
  t0_p_is_nan = is.nan(suppressWarnings(2 * pt(-3, 0))),
  F_0_10_p_is_nan = is.nan(suppressWarnings(pf(2.1, 0, 10, lower.tail = FALSE))),
  statcheck_version = if (requireNamespace("statcheck", quietly = TRUE)) as.character(packageVersion("statcheck")) else NA,
  statcheck_error = statcheck_error
)

# Issue 11, finding 6: 21 whole-number answers on 1-7 with mean 2.81 (total 59) and SD 0.88.
# Every multiset of 21 values from 1..7 with total 59, enumerated: the smallest and largest SD
# (what the scale bounds establish), and how many have an SD in [0.875, 0.885] (none: GRIMMER's
# finding, because the sum of squares would have to lie in [181.07, 181.43]).
multisets <- function(n, k) {            # all count vectors c[1..k] with sum n
  if (k == 1) return(matrix(n, 1, 1))
  do.call(rbind, lapply(0:n, function(c1) cbind(c1, multisets(n - c1, k - 1))))
}
cnt <- multisets(21, 7)
v <- 1:7
tot <- cnt %*% v
sq <- cnt %*% v^2
sel <- tot == 59
sds <- sqrt((sq[sel] - 59^2 / 21) / 20)
out$scale_vs_grimmer <- list(
  n = 21, total = 59,
  sd_min = min(sds), sd_max = max(sds),
  n_sets = sum(sel),
  n_sets_sd_0.88 = sum(sds >= 0.875 & sds <= 0.885),
  q_lower = 20 * 0.875^2 + 59^2 / 21, q_upper = 20 * 0.885^2 + 59^2 / 21
)

writeLines(toJSON(out, auto_unbox = TRUE, digits = NA, pretty = TRUE), "test/reference/audit-reference.json")

package com.myorg.payment;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * The payment service. It declares no config of its own: every managed file it has (pom.xml,
 * config/logging.yaml, config/database.yaml, config/api.yaml, mkdocs.yml, ...) comes from
 * backend-base, service-base and rig.
 */
public final class PaymentService {

  private PaymentService() {}

  /** An amount kept in minor units (cents) as people read it: {@code 1234, EUR → "12.34 EUR"}. */
  public static String format(long minorUnits, String currencyCode) {
    Currency currency = Currency.getInstance(currencyCode);
    BigDecimal amount = BigDecimal.valueOf(minorUnits, currency.getDefaultFractionDigits());
    return amount.toPlainString() + " " + currency.getCurrencyCode();
  }

  public static void main(String[] args) {
    System.out.println(format(Long.parseLong(args[0]), args[1]));
  }
}

import { expect } from 'vitest';
import { ApiError } from '../../../shared/api';

/** The ApiError a promise is rejected with; fails the test when it resolves or throws anything else. */
export async function refusal(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    return error as ApiError;
  }
  throw new Error('expected a refusal');
}
